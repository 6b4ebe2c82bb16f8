// #19 item 1: ways to reach help without a voice call, for someone who is Deaf or hard of hearing or cannot talk out
// loud. The banner keeps them behind one disclosure (so it does not grow); the guide's crisis section lists them; the
// checklist does not carry them. Every route comes from docs/clinical-sources.md ("Routes without a voice call").
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { accessRoutesFor } from '../src/content/access.js';
import { STRINGS } from '../src/content/strings.js';

async function make(tag: string, attrs: string) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  const el = host.querySelector(tag) as HTMLElement;
  await elementUpdated(el);
  return el;
}

/** Each region's routes: their ids, and the links they must make (href by route id). */
const EXPECTED: Record<string, { ids: string[]; links: Record<string, string> }> = {
  US: { ids: ['text-911', '988-relay'], links: { 'text-911': 'sms:911' } },
  CA: { ids: ['text-with-911'], links: {} },
  GB: { ids: ['emergency-sms', 'relay-uk'], links: { 'emergency-sms': 'sms:999', 'relay-uk': 'tel:18000' } },
  'GB-NIR': { ids: ['emergency-sms', 'relay-uk'], links: { 'emergency-sms': 'sms:999', 'relay-uk': 'tel:18000' } },
  IE: { ids: ['112-sms'], links: { '112-sms': 'sms:112' } },
  AU: {
    ids: ['nrs-sms', 'nrs-voice', 'press-55', 'nrs-tty'],
    links: { 'nrs-sms': 'sms:0423677767', 'nrs-voice': 'tel:1800555727', 'press-55': 'tel:000' },
  },
  NZ: { ids: ['111-txt'], links: { '111-txt': 'sms:111' } },
};

describe('routes without a voice call (#19)', () => {
  for (const [region, { ids, links }] of Object.entries(EXPECTED)) {
    for (const lang of ['en', 'es'] as const) {
      it(`${region}, ${lang}: the banner's disclosure lists the region's routes with working links`, async () => {
        const el = await make('haven-crisis-banner', `region="${region}" lang="${lang}" variant="full"`);
        const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="access"]')!;
        expect(details, 'disclosure').to.exist;
        expect(details.open, 'closed at first, so the banner does not grow').to.equal(false);
        const summary = details.querySelector('summary')!;
        expect(summary.textContent!.trim()).to.equal(STRINGS[lang].accessSummary);
        summary.click();
        expect(details.open).to.equal(true);
        const shown = [...details.querySelectorAll<HTMLElement>('[data-line]')].map((li) => li.dataset.line);
        expect(shown).to.deep.equal(ids);
        for (const [id, href] of Object.entries(links)) {
          const hrefs = [...details.querySelectorAll(`[data-line="${id}"] a`)].map((a) => a.getAttribute('href'));
          expect(hrefs, `${region} ${id}`).to.include(href);
        }
        // haven-contact reports these as "emergency": the event does not hint that the patient is Deaf.
        for (const a of details.querySelectorAll('a')) expect(a.getAttribute('data-service')).to.equal('emergency');
        for (const li of details.querySelectorAll('[data-line]')) {
          expect(li.querySelector('.note')!.textContent!.trim().length, 'every route says what to do').to.be.greaterThan(20);
          // Outside the US every Spanish note says that the service answers in English.
          if (lang === 'es' && region !== 'US') expect(li.textContent).to.include('Atienden en inglés');
        }
        await expect(el).to.be.accessible();
      });
    }
  }

  it('the guide’s crisis section lists them (open, for reading and printing); the checklist does not', async () => {
    const guide = await make('haven-recovery-guide', 'region="GB" sections="crisis"');
    const block = guide.shadowRoot!.querySelector('[part~="access"]')!;
    expect(block.localName).to.equal('div');
    expect([...block.querySelectorAll<HTMLElement>('[data-line]')].map((li) => li.dataset.line)).to.deep.equal(['emergency-sms', 'relay-uk']);
    expect(block.querySelector('a[href="sms:999"]')).to.exist;
    const checklist = await make('haven-warning-signs', 'region="GB"');
    checklist.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!.click();
    await elementUpdated(checklist);
    expect(checklist.shadowRoot!.querySelector('[part~="access"]') === null).to.equal(true);
  });

  it('no routes where Haven does not know the region: no empty disclosure', async () => {
    const el = await make('haven-crisis-banner', 'region="FR" variant="full"');
    expect(el.shadowRoot!.querySelector('details[part~="access"]') === null).to.equal(true);
    expect(accessRoutesFor('FR')).to.deep.equal([]);
    expect(accessRoutesFor('toString')).to.deep.equal([]);
  });

  it('the compact banner has them once its details are open, and the summary works from the keyboard', async () => {
    const el = await make('haven-crisis-banner', 'region="AU" variant="compact"');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await elementUpdated(el);
    const details = el.shadowRoot!.querySelector<HTMLDetailsElement>('details[part~="access"]')!;
    const summary = details.querySelector('summary')!;
    summary.focus();
    expect(el.shadowRoot!.activeElement).to.equal(summary);
  });
});
