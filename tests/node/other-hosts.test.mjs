// Haven outside a browser (run by `npm test` with Node's own test runner, before the browser suites): importing the
// package where there is no DOM (a server renderer, a build step, a test runner) must not throw, and the drop-in
// script must render in jsdom, which has no matchMedia, no constructable stylesheets and no layout.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { JSDOM, VirtualConsole } from 'jsdom';

const dist = new URL('../../dist/', import.meta.url);

test('the ES modules import in Node with no DOM, and touch nothing at module evaluation', async () => {
  const before = Object.keys(globalThis).sort();
  const index = await import(new URL('index.js', dist));
  for (const name of ['HavenCrisisBanner', 'HavenWarningSigns', 'HavenRecoveryGuide', 'REGIONS', 'SIGNS', 'normalisePhone']) {
    assert.ok(index[name], `index.js exports ${name}`);
  }
  assert.equal(index.normalisePhone('(703) 437-0001', { callingCode: '1', nanp: true }).dial, '+17034370001');
  // The registering entries run too: Lit's Node build brings its own minimal customElements.
  await import(new URL('define.js', dist));
  await import(new URL('crisis-banner.js', dist));
  // Globals appear only from Lit's own Node build (its bookkeeping and its minimal DOM shim), never from Haven.
  const added = Object.keys(globalThis).filter((key) => !before.includes(key));
  const lits = /^(lit|reactiveElement)[A-Z]|^(customElements|HTMLElement|Element|CSSStyleSheet|ShadowRoot|CustomElementRegistry)$/;
  assert.deepEqual(added.filter((key) => !lits.test(key)), []);
});

test('the drop-in script renders all three elements in jsdom, with no errors', async () => {
  const errors = [];
  const virtualConsole = new VirtualConsole();
  virtualConsole.on('jsdomError', (error) => errors.push(error.message));
  virtualConsole.on('error', (...args) => errors.push(args.join(' ')));
  const dom = new JSDOM(
    `<!doctype html><html lang="en"><body>
      <haven-crisis-banner clinic-phone="(703) 437-0001"></haven-crisis-banner>
      <haven-warning-signs></haven-warning-signs>
      <haven-recovery-guide sections="crisis"></haven-recovery-guide>
    </body></html>`,
    { runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole },
  );
  const { window } = dom;
  assert.equal(typeof window.matchMedia, 'undefined', 'jsdom has no matchMedia: the point of this test');
  window.eval(await readFile(new URL('haven.min.js', dist), 'utf8'));
  for (const tag of ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide']) {
    const el = window.document.querySelector(tag);
    await el.updateComplete;
    assert.ok(el.shadowRoot, `${tag} has a shadow root`);
  }
  const banner = window.document.querySelector('haven-crisis-banner');
  const hrefs = [...banner.shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href'));
  assert.ok(hrefs.includes('tel:911') && hrefs.includes('tel:+17034370001'), hrefs.join(' '));
  const checklist = window.document.querySelector('haven-warning-signs');
  checklist.shadowRoot.querySelector('#sign-fainted').click();
  await checklist.updateComplete;
  assert.match(checklist.shadowRoot.querySelector('[role="status"]').textContent, /Emergency:/);
  // A lang change and a theme check with no canvas and no layout: nothing throws.
  window.document.documentElement.lang = 'es';
  await new Promise((resolve) => setTimeout(resolve, 50));
  await banner.updateComplete;
  assert.equal(banner.shadowRoot.querySelector('[part~="base"]').getAttribute('lang'), 'es');
  assert.deepEqual(errors.filter((e) => !/Not implemented: HTMLCanvasElement/.test(e)), []);
  window.close();
});
