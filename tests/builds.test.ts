// The drop-in scripts as built (#17): English-only builds carry no Spanish and say so once, every per-element script
// shows the same words and numbers as haven.min.js, and the language modules agree key for key.
import { expect } from '@open-wc/testing';
import * as en from '../src/content/lang/en.js';
import * as es from '../src/content/lang/es.js';
import { STRINGS } from '../src/content/strings.js';
import { loadPage, type FixtureWindow } from './page-helpers.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];

async function open(query: string) {
  const { win, doc } = await loadPage(`/tests/fixtures/generated/page.html?${query}`, { defined: false });
  await win.customElements.whenDefined('haven-crisis-banner');
  for (const tag of TAGS) {
    const el = doc.querySelector(tag) as Updatable;
    if (win.customElements.get(tag)) await el.updateComplete;
  }
  return { win: win as FixtureWindow, doc };
}

describe('drop-in builds (#17)', () => {
  it('haven.en.min.js on a Spanish page shows English, with one warning naming lang and what to load instead', async () => {
    const { win, doc } = await open('scripts=haven-en&lang=es');
    const banner = doc.querySelector('haven-crisis-banner')!;
    expect(banner.shadowRoot!.textContent).to.include(STRINGS.en.bannerHeading);
    expect(banner.shadowRoot!.textContent).not.to.include(STRINGS.es.bannerHeading);
    expect(banner.shadowRoot!.querySelector('a[href="tel:911"]')).to.exist;
    const warnings = win.__haven!.warnings!.filter((w) => w.includes('lang="es"'));
    expect(warnings.length, warnings.join('\n')).to.equal(1);
    expect(warnings[0]).to.include('English-only');
    expect(win.__haven!.errors).to.deep.equal([]);
    expect(win.__haven!.violations).to.deep.equal([]);
  });

  it('the English-only scripts carry no Spanish words; the others carry both', async () => {
    const text = async (file: string) => (await fetch(`/dist/${file}`)).text();
    const spanish = [es.strings.chat, es.triage.clear, es.guide.next, es.contacts['contacts.US.outside']];
    const english = await text('haven.en.min.js');
    const both = await text('haven.min.js');
    // terser's ascii_only output: \xNN below 256, \uNNNN above.
    const escape = (s: string) =>
      s.replace(/[^\x20-\x7e]/g, (c) => {
        const code = c.charCodeAt(0);
        return code < 256 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
      });
    for (const words of spanish) {
      expect(english.includes(escape(words)), words).to.equal(false);
      expect(both.includes(escape(words)), words).to.equal(true);
    }
    const banner = await text('haven-crisis-banner.en.min.js');
    expect(banner.includes(escape(es.strings.bannerHeading))).to.equal(false);
    expect(banner.includes(escape(en.strings.bannerHeading))).to.equal(true);
  });

  it('the English-only banner next to haven.min.js: each tag registered once, Spanish from haven.min.js', async () => {
    const { win, doc } = await open('scripts=banner-en,haven&lang=es');
    // The banner came from the English-only script (registered first), the others from haven.min.js.
    const banner = doc.querySelector('haven-crisis-banner')!;
    expect(banner.shadowRoot!.textContent).to.include(STRINGS.en.bannerHeading);
    const checklist = doc.querySelector('haven-warning-signs')!;
    expect(checklist.shadowRoot!.textContent).to.include('Su cuerpo');
    expect(win.__haven!.errors).to.deep.equal([]);
    expect(win.__haven!.violations).to.deep.equal([]);
  });

  it('every language module has the same keys as English in every part (the compiler checks it too)', () => {
    for (const part of ['signs', 'guideText', 'contacts', 'strings', 'triage', 'guide'] as const) {
      expect(Object.keys(es[part]).sort(), part).to.deep.equal(Object.keys(en[part]).sort());
      for (const [key, value] of Object.entries(es[part])) {
        if (typeof value === 'string') expect(value.trim().length, `${part}.${key}`).to.be.greaterThan(0);
      }
    }
  });
});
