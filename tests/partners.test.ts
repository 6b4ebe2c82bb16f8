/**
 * The guide's `partners` section (#19 item 5): shown only when `sections` names it, in the order given, in English
 * and Spanish, with its sources, with the region's lines that also talk with partners and family, and axe clean.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import type { HavenRecoveryGuide } from '../src/recovery-guide/recovery-guide.js';
import { DEFAULT_SECTIONS, SECTION_IDS, guideSection } from '../src/content/guide.js';
import { REGIONS } from '../src/content/contacts.js';
import { captureWarnings, link, visibleText } from './helpers.js';

async function guide(attrs = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<haven-recovery-guide ${attrs}></haven-recovery-guide>`);
  const el = host.querySelector('haven-recovery-guide') as HavenRecoveryGuide;
  await elementUpdated(el);
  await el.updateComplete;
  return el;
}

const root = (el: HavenRecoveryGuide) => el.shadowRoot!;
const shown = (node: Element) => node.getClientRects().length > 0;
const headings = (el: HavenRecoveryGuide) =>
  [...root(el).querySelectorAll('h3[id$="-heading"]')].filter(shown).map((h) => h.textContent!.trim());
const contents = (el: HavenRecoveryGuide) =>
  [...root(el).querySelectorAll('nav button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
const partnerLines = (el: HavenRecoveryGuide) =>
  [...root(el).querySelectorAll('[part~="partner-lines"] [data-line]')].map((li) => li.getAttribute('data-line'));

const EN = 'For partners and family';
const ES = 'Para la pareja y la familia';

describe('the partners section', () => {
  it('is a known section, but not one of the default sections', () => {
    expect(SECTION_IDS.includes('partners'), 'partners is a known id').to.equal(true);
    expect(DEFAULT_SECTIONS.includes('partners'), 'partners is not shown by default').to.equal(false);
    expect(DEFAULT_SECTIONS.join(' ')).to.equal('emotions physical wellbeing support crisis contact');
  });

  it('is not shown by default, nor in the contents', async () => {
    const el = await guide();
    expect(headings(el).includes(EN), headings(el).join(' | ')).to.equal(false);
    expect(contents(el).includes(EN), contents(el).join(' | ')).to.equal(false);
    expect(root(el).querySelector('[data-section="partners"]')!.hasAttribute('hidden'), 'hidden, kept for its slot').to.equal(true);
  });

  it('is shown where `sections` names it, in that order, in the contents and in steps', async () => {
    const el = await guide('sections="support partners crisis"');
    const order = ['When to get more support', EN, 'If you are in crisis'];
    expect(headings(el).join(' | ')).to.equal(order.join(' | '));
    expect(contents(el).join(' | ')).to.equal(order.join(' | '));
    const first = await guide('sections="partners emotions"');
    expect(headings(first).join(' | ')).to.equal(`${EN} | The feelings you may have`);
    const steps = await guide('layout="steps" sections="emotions partners"');
    expect(root(steps).querySelector('.progress')!.textContent!.trim()).to.equal('Section 1 of 2');
  });

  it('names partners among the known ids when `sections` has an unknown one', async () => {
    const warnings = captureWarnings();
    await guide('sections="partner"');
    warnings.restore();
    expect(warnings.messages.length).to.equal(1);
    expect(warnings.messages[0]).to.include('partners');
  });

  for (const [lang, title, words] of [
    ['en', EN, ['Partners of any gender', 'How to support your loved one', 'Support for you']],
    ['es', ES, ['sea del género que sea', 'Cómo apoyar a su ser querido', 'Apoyo para usted']],
  ] as const) {
    it(`(${lang}) renders its words, help right now, and its sources, and is axe clean`, async () => {
      const el = await guide(`lang="${lang}" sections="partners"`);
      expect(headings(el).join(' | ')).to.equal(title);
      const text = visibleText(el);
      for (const w of words) expect(text.includes(w), `${lang}: "${w}" in ${text.slice(0, 200)}`).to.equal(true);
      expect(link(el, lang === 'en' ? 'Call 911' : 'Llame al 911') !== undefined, `${lang}: emergency call`).to.equal(true);
      expect(link(el, lang === 'en' ? 'Call 988' : 'Llame al 988') !== undefined, `${lang}: crisis call`).to.equal(true);
      const sources = [...root(el).querySelectorAll('[data-source]')].map((li) => li.getAttribute('data-source')).sort();
      for (const id of ['MA-PARTNERS', 'RCOG-PARTNERS', 'F21', 'MA', '988']) {
        expect(sources.includes(id), `${lang}: source ${id} in ${sources.join(' ')}`).to.equal(true);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('lists, per region, the lines that also talk with partners and family', async () => {
    const expected: Record<string, string[]> = {
      US: ['maternal-mental-health-hotline'],
      CA: [],
      GB: ['miscarriage-association'],
      'GB-NIR': ['miscarriage-association'],
      IE: [],
      AU: ['panda', 'mensline'],
      NZ: ['1737'],
    };
    expect(Object.keys(expected).sort().join(' ')).to.equal(Object.keys(REGIONS).sort().join(' '));
    for (const [region, ids] of Object.entries(expected)) {
      for (const lang of ['en', 'es']) {
        const el = await guide(`region="${region}" lang="${lang}" sections="partners"`);
        expect(partnerLines(el).join(' '), `${region} ${lang}`).to.equal(ids.join(' '));
        // Every region still offers help right now: the emergency number and its first crisis line.
        expect(root(el).querySelector('[part~="crisis-now"] a[href^="tel:"]') !== null, `${region} ${lang}`).to.equal(true);
      }
    }
  });

  it('reuses the region’s own support lines (with their tag) and adds MensLine for partners alone', async () => {
    const au = REGIONS.AU;
    expect(au.partners[0] === au.support[0], 'PANDA is the same entry').to.equal(true);
    expect(au.support.some((l) => l.id === 'mensline') || au.crisis.some((l) => l.id === 'mensline'), 'not for the patient').to.equal(false);
    const el = await guide('region="AU" sections="partners"');
    const items = [...root(el).querySelectorAll('[part~="partner-lines"] [data-line]')];
    const tagged = items.map((li) => `${li.getAttribute('data-line')}:${li.querySelector('[part~="tag"]') ? 'tag' : '-'}`);
    expect(tagged.join(' ')).to.equal('panda:tag mensline:-');
    expect(link(el, 'Call 1300 78 99 78')?.getAttribute('href')).to.equal('tel:1300789978');
    expect(visibleText(el)).to.include('Any time, day or night. Phone counselling for men');
    // A crisis line keeps no "not a crisis line" tag.
    const nz = await guide('region="NZ" sections="partners"');
    expect(root(nz).querySelector('[part~="partner-lines"] [part~="tag"]') === null, 'no tag on 1737').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('has a section-partners slot the clinic can fill', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.insertAdjacentHTML(
      'beforeend',
      '<haven-recovery-guide sections="partners"><section slot="section-partners"><h2>For the people around you</h2></section></haven-recovery-guide>',
    );
    const el = host.querySelector('haven-recovery-guide') as HavenRecoveryGuide;
    await elementUpdated(el);
    await el.updateComplete;
    expect(contents(el).join(' | ')).to.equal('For the people around you');
  });

  it('has its words in both languages', () => {
    const section = guideSection('partners')!;
    expect(section.title.en).to.equal(EN);
    expect(section.title.es).to.equal(ES);
  });
});
