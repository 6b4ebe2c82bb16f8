import { expect } from '@open-wc/testing';
import { normalisePhone, smsHref, telHref, phoneLabel, type DialPlan } from '../src/core/phone.js';

const US: DialPlan = { callingCode: '1', nanp: true };
const GB: DialPlan = { callingCode: '44', trunkPrefix: '0' };

type Case = [input: string, plan: DialPlan | undefined, href: string | null, label?: string];

// Each row: what a clinic (or an attacker) might put in an attribute, and the link a patient would get.
const CASES: Case[] = [
  ['(703) 437-0001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['703-437-0001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['703.437.0001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['7034370001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['1 703 437 0001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['+1 (703) 437-0001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['  (703) 437-0001  ', US, 'tel:+17034370001', '(703) 437-0001'],
  ['(703) 437-0001 ext. 12', US, 'tel:+17034370001;ext=12', '(703) 437-0001 ext. 12'],
  ['703-437-0001 x 204', US, 'tel:+17034370001;ext=204', '(703) 437-0001 ext. 204'],
  ['703 437 0001 #5', US, 'tel:+17034370001;ext=5', '(703) 437-0001 ext. 5'],
  ['1-833-852-6262', US, 'tel:+18338526262', '1-833-852-6262'],
  ['988', US, 'tel:988', '988'],
  ['911', US, 'tel:911', '911'],
  ['112', undefined, 'tel:112', '112'],
  ['116 123', GB, 'tel:116123', '116 123'],
  ['01924 200799', GB, 'tel:+441924200799', '01924 200799'],
  ['+44 1924 200799', GB, 'tel:+441924200799', '+44 1924 200799'],
  ['+353 1 234 5678', undefined, 'tel:+35312345678', '+353 1 234 5678'],
  ['(703)\u00a0437\u20110001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['703\u2013437\u20130001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['703\u200b437\u200b0001', US, 'tel:+17034370001', '(703) 437-0001'],
  ['\u202e7034370001', US, 'tel:+17034370001', '(703) 437-0001'],
  // Not phone numbers: no link at all.
  ['javascript:alert(1)', US, null],
  ['tel:7034370001', US, null],
  ['CALL-US-NOW', US, null],
  ['1-833-TLC-MAMA', US, null],
  ['703-437-000', US, null],
  ['(123) 437-0001', US, null],
  ['12', US, null],
  ['+12', US, null],
  ['+1234567890123456', US, null],
  ['٧٠٣٤٣٧٠٠٠١', US, null],
  ['７０３４３７０００１', US, null],
  ['9'.repeat(500), US, null],
  ['703-437-0001" onmouseover="alert(1)', US, null],
  ['<script>alert(1)</script>', US, null],
  ['703+437+0001', US, null],
  ['988 ext. 1', US, null],
  ['', US, null],
  ['   ', US, null],
];

describe('normalisePhone', () => {
  it(`has at least 25 cases`, () => {
    expect(CASES.length).to.be.at.least(25);
  });

  for (const [input, plan, href, label] of CASES) {
    const name = JSON.stringify(input.length > 40 ? `${input.slice(0, 20)}… (${input.length} chars)` : input);
    it(`${name} → ${href ?? 'no link'}`, () => {
      const phone = normalisePhone(input, plan);
      if (href === null) {
        expect(phone).to.equal(null);
        return;
      }
      expect(phone).to.not.equal(null);
      expect(telHref(phone!)).to.equal(href);
      expect(phoneLabel(phone!)).to.equal(label);
      expect(phone!.dial).to.match(/^\+?[0-9]+$/);
    });
  }

  it('builds sms: links from the same value, with a keyword as the body', () => {
    const phone = normalisePhone('741741', US)!;
    expect(smsHref(phone)).to.equal('sms:741741');
    expect(smsHref(phone, 'HOME')).to.equal('sms:741741?body=HOME');
  });

  it('treats null and undefined as absent', () => {
    expect(normalisePhone(null)).to.equal(null);
    expect(normalisePhone(undefined)).to.equal(null);
  });
});
