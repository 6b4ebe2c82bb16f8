import { expect } from '@open-wc/testing';
import { safeHttpUrl } from '../src/core/url.js';

describe('safeHttpUrl', () => {
  const accepted: [string, string][] = [
    ['https://findahelpline.com', 'https://findahelpline.com/'],
    ['  https://example.org/help?x=1  ', 'https://example.org/help?x=1'],
    ['HTTP://EXAMPLE.ORG', 'http://example.org/'],
  ];
  for (const [input, output] of accepted) {
    it(`accepts ${JSON.stringify(input)}`, () => expect(safeHttpUrl(input)).to.equal(output));
  }

  const refused = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    '//example.org',
    '/relative/path',
    'findahelpline.com',
    'https://user:pass@example.org',
    `https://example.org/${'a'.repeat(3000)}`,
    '',
  ];
  for (const input of refused) {
    it(`refuses ${JSON.stringify(input.slice(0, 40))}`, () => expect(safeHttpUrl(input)).to.equal(null));
  }
});
