/**
 * "Print my answers" (#19 item 4): a real button once a sign is checked; one page with the date, the checked signs,
 * the next step with its numbers written out and the clinic's name and numbers, printed alone through the same
 * mechanism as "Print this guide" (core/print.ts); all of it undone after `afterprint`, so the page's own Ctrl+P is
 * unchanged. window.print is stubbed; print media is emulated where @web/test-runner-commands reaches (Chromium,
 * Firefox), else the print rules are read from the stylesheets.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/define.js';
import { tryEmulate } from './page-helpers.js';
import type { HavenWarningSigns } from '../src/warning-signs/warning-signs.js';

const CLINIC = 'clinic-name="All About Women" clinic-phone="(703) 437-0001" after-hours-phone="(703) 555-0199"';

async function checklist(attrs = CLINIC) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<p id="other">Something else on the page</p><haven-warning-signs ${attrs}></haven-warning-signs>`);
  const el = host.querySelector('haven-warning-signs') as HavenWarningSigns;
  await el.updateComplete;
  return { host, el };
}

const root = (el: HavenWarningSigns) => el.shadowRoot!;
const printButton = (el: HavenWarningSigns) => root(el).querySelector<HTMLButtonElement>('[part~="print-button"]');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function tick(el: HavenWarningSigns, ...ids: string[]) {
  for (const id of ids) root(el).querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
  await el.updateComplete;
}

/** Presses "Print my answers" with window.print stubbed; returns what was there when print() was called. */
async function printNow(el: HavenWarningSigns) {
  const original = window.print;
  let seen: { printing: boolean; sheet: string; paths: number } | undefined;
  window.print = () => {
    seen = {
      printing: el.hasAttribute('data-haven-printing'),
      sheet: text(root(el).querySelector('[part~="print-sheet"]')),
      paths: document.querySelectorAll('[data-haven-print-path]').length,
    };
  };
  try {
    printButton(el)!.click();
    for (let i = 0; i < 20 && !seen; i += 1) await new Promise((r) => setTimeout(r, 10));
  } finally {
    window.print = original;
  }
  return seen;
}

describe('Print my answers', () => {
  it('is a real button, there only once a sign is checked, in English and Spanish', async () => {
    const { el } = await checklist();
    expect(printButton(el) === null, 'absent with nothing checked').to.equal(true);
    await tick(el, 'fever');
    const button = printButton(el)!;
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('type')).to.equal('button');
    expect(text(button)).to.equal('Print my answers');
    expect(text(root(el).getElementById('print-note'))).to.equal('To take to your visit. Nothing is saved or sent.');
    await expect(el).to.be.accessible();
    await tick(el, 'fever');
    expect(printButton(el) === null, 'gone again when unchecked').to.equal(true);
    const es = (await checklist(`${CLINIC} lang="es"`)).el;
    await tick(es, 'fever');
    expect(text(printButton(es))).to.equal('Imprimir mis respuestas');
    await expect(es).to.be.accessible();
  });

  it('prints one sheet: date, signs, next step with numbers as text, clinic; then leaves nothing behind', async () => {
    const { host, el } = await checklist();
    await tick(el, 'fever', 'low-mood-lasting');
    expect(root(el).querySelector('[part~="print-sheet"]') === null, 'no sheet before printing').to.equal(true);
    const seen = await printNow(el);
    expect(seen !== undefined, 'print() was called').to.equal(true);
    expect(seen!.printing, 'host marked while printing').to.equal(true);
    expect(seen!.paths > 0, 'its ancestors marked').to.equal(true);
    const sheet = seen!.sheet;
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
    for (const part of [
      'My warning signs',
      `Date: ${date}`,
      'What I noticed:',
      'A temperature of 100.4',
      'My next step:',
      'Get care now: Get medical care right away, at any hour.',
      'After hours and weekends: Call (703) 555-0199',
      'Call 911',
      '988 Suicide & Crisis Lifeline: Call 988',
      'All About Women · (703) 437-0001',
    ]) {
      expect(sheet.includes(part), `"${part}" in: ${sheet}`).to.equal(true);
    }
    // No link on paper: every number is text.
    const sheetEl = root(el).querySelector('[part~="print-sheet"]')!;
    expect(sheetEl.querySelectorAll('a').length).to.equal(0);
    // Printing ends: the sheet, the marks and the page's print rule go.
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect(root(el).querySelector('[part~="print-sheet"]') === null, 'sheet removed').to.equal(true);
    expect(el.hasAttribute('data-haven-printing')).to.equal(false);
    expect(host.querySelectorAll('[data-haven-print-path]').length).to.equal(0);
    const left = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
    expect(left.includes('data-haven-print-path'), 'no print rule left in the page').to.equal(false);
  });

  it('keeps the safety net on paper: the same-day step, "if things get worse", each sign’s own note', async () => {
    const { el } = await checklist('clinic-name="All About Women" clinic-phone="(703) 437-0001"');
    await tick(el, 'rh-negative');
    const today = (await printNow(el))!.sheet;
    window.dispatchEvent(new Event('afterprint'));
    for (const part of [
      'Call today: Call your clinic today.',
      'Call (703) 437-0001',
      'If you cannot reach them today: see another doctor or a clinic near you.',
      'If things get worse before you can talk to someone: Call 911',
      'Ask within 3 days (72 hours)',
    ]) {
      expect(today.includes(part), `"${part}" in: ${today}`).to.equal(true);
    }
    await tick(el, 'rh-negative', 'cramping');
    const common = (await printNow(el))!.sheet;
    window.dispatchEvent(new Event('afterprint'));
    expect(common.includes('If it gets worse, or you are worried, call your doctor, nurse or midwife.'), common).to.equal(true);
    const gb = (await checklist('region="GB" clinic-phone="0113 496 0000"')).el;
    await tick(gb, 'rh-negative');
    const nhs = (await printNow(gb))!.sheet;
    window.dispatchEvent(new Event('afterprint'));
    expect(nhs.includes('If you cannot reach them today: NHS 111: Call 111'), nhs).to.equal(true);
  });

  it('where afterprint never comes (an in-app browser whose print() does nothing), the next key or tap ends printing', async () => {
    const { host, el } = await checklist();
    await tick(el, 'fever');
    const adopted = document.adoptedStyleSheets.length;
    // Pressed twice: the second print undoes the first before it starts, so one print rule is ever adopted.
    await printNow(el);
    const seen = await printNow(el);
    expect(seen!.printing, 'printing again').to.equal(true);
    expect(document.adoptedStyleSheets.length, 'one print rule').to.equal(adopted + 1);
    expect(el.hasAttribute('data-haven-printing'), 'still printing until something happens').to.equal(true);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    await el.updateComplete;
    expect(el.hasAttribute('data-haven-printing')).to.equal(false);
    expect(root(el).querySelector('[part~="print-sheet"]') === null, 'sheet removed').to.equal(true);
    expect(host.querySelectorAll('[data-haven-print-path]').length).to.equal(0);
    expect(document.adoptedStyleSheets.length, 'print rule removed').to.equal(adopted);
  });

  it('prints in Spanish, with the date in Spanish', async () => {
    const { el } = await checklist(`${CLINIC} lang="es"`);
    await tick(el, 'fainted');
    const seen = await printNow(el);
    const date = new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date());
    for (const part of ['Mis señales de alarma', `Fecha: ${date}`, 'Lo que noté:', 'Mi próximo paso:', 'Llame al 911']) {
      expect(seen!.sheet.includes(part), `"${part}" in: ${seen!.sheet}`).to.equal(true);
    }
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
  });

  it('on paper shows the sheet alone; the page’s own print shows the page and no sheet', async () => {
    const { host, el } = await checklist();
    await tick(el, 'fever');
    const emulated = await tryEmulate({ media: 'print' }, 'print');
    try {
      if (emulated) {
        // The page's own Ctrl+P: the page and the checklist print, the button does not, and there is no sheet.
        expect(getComputedStyle(host.querySelector('#other')!).display).not.to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.groups')!).display).not.to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.print-tools')!).display).to.equal('none');
        expect(root(el).querySelector('[part~="print-sheet"]') === null).to.equal(true);
      }
      const original = window.print;
      let during: string[] = [];
      window.print = () => {
        const sheet = root(el).querySelector('[part~="print-sheet"]')!;
        during = emulated
          ? [
              `other=${getComputedStyle(host.querySelector('#other')!).display}`,
              `groups=${getComputedStyle(root(el).querySelector('.groups')!).display}`,
              `sheet=${getComputedStyle(sheet).display}`,
            ]
          : ['other=none', 'groups=none', 'sheet=block'];
      };
      try {
        printButton(el)!.click();
        for (let i = 0; i < 20 && !during.length; i += 1) await new Promise((r) => setTimeout(r, 10));
      } finally {
        window.print = original;
      }
      expect(during.join(' ')).to.equal('other=none groups=none sheet=block');
      if (!emulated) {
        // WebKit: emulateMedia does not reach it; the print rules must say the same.
        const rules = [...root(el).adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
        expect(rules).to.match(/@media print[\s\S]*\[data-haven-printing\][\s\S]*print-sheet/);
      }
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      if (emulated) {
        expect(getComputedStyle(host.querySelector('#other')!).display).not.to.equal('none');
        expect(getComputedStyle(root(el).querySelector('.groups')!).display).not.to.equal('none');
      }
    } finally {
      if (emulated) await emulateMedia({ media: 'screen' });
    }
  });

  it('stores and sends nothing', async () => {
    const { el } = await checklist();
    await tick(el, 'fever');
    const before = [localStorage.length, sessionStorage.length, document.cookie];
    const fetches: unknown[] = [];
    const originalFetch = window.fetch;
    window.fetch = (...args: Parameters<typeof fetch>) => {
      fetches.push(args[0]);
      return originalFetch(...args);
    };
    try {
      await printNow(el);
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
    } finally {
      window.fetch = originalFetch;
    }
    expect([localStorage.length, sessionStorage.length, document.cookie].join('|')).to.equal(before.join('|'));
    expect(fetches.length).to.equal(0);
  });
});
