/**
 * The checklist against the triage table a clinician reads: docs/clinical-sources.md lists every sign with its tier
 * and sources, and this file checks the running checklist against that table (not against SIGNS), in English and
 * Spanish. For every sign that needs care right away (`emergency`, `now`) the result must show the emergency number
 * and never call it "not an emergency"; for `now`, the clinic's after-hours line (else its number, else the
 * region's nurse line) comes first.
 */
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { REGIONS } from '../src/content/contacts.js';
import { GUIDE_SECTIONS, sectionSources } from '../src/content/guide.js';
import { SIGNS, TIERS, type Tier } from '../src/content/signs.js';
import { SOURCES } from '../src/content/sources.js';
import type { HavenWarningSigns } from '../src/warning-signs/warning-signs.js';
import { captureWarnings } from './helpers.js';

interface Row {
  id: string;
  tier: Tier;
  sources: string[];
}

let doc = '';
let table: Row[] = [];

/** The triage table: rows of "| `sign-id` | tier | what the patient checks | SRC, SRC | why |". */
function parseTable(markdown: string): Row[] {
  const rows: Row[] = [];
  for (const line of markdown.split('\n')) {
    const m = /^\|\s*`([a-z0-9-]+)`\s*\|\s*`?([a-z-]+)`?\s*\|[^|]*\|([^|]*)\|/.exec(line);
    if (m) rows.push({ id: m[1], tier: m[2] as Tier, sources: m[3].split(',').map((s) => s.trim()).filter(Boolean) });
  }
  return rows;
}

async function checklist(attrs: string, lang = 'en') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<haven-warning-signs lang="${lang}" ${attrs}></haven-warning-signs>`);
  const el = host.querySelector('haven-warning-signs') as HavenWarningSigns;
  await elementUpdated(el);
  return el;
}

const box = (el: Element, id: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
const result = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!;
const resultText = (el: Element) => result(el).textContent!.replace(/\s+/g, ' ').trim();
const resultHrefs = (el: Element) => [...result(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** Ticks one sign alone (by clicking its label, as a patient would) and returns the result. */
async function only(el: HavenWarningSigns, id: string) {
  for (const input of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')) {
    input.labels![0].click();
    await elementUpdated(el);
  }
  box(el, id).labels![0].click();
  await elementUpdated(el);
  return result(el);
}

const NOT_AN_EMERGENCY = /not an emergency|no es una emergencia|no es urgente/i;
const CLINIC = 'clinic-name="All About Women" clinic-phone="(703) 437-0001"';

describe('the triage table in docs/clinical-sources.md', () => {
  before(async () => {
    doc = await (await fetch('/docs/clinical-sources.md')).text();
    table = parseTable(doc);
  });

  it('lists every sign exactly once, and no sign the checklist does not have', () => {
    const ids = table.map((row) => row.id);
    expect(new Set(ids).size, 'a sign listed twice').to.equal(ids.length);
    expect([...ids].sort()).to.deep.equal(SIGNS.map((sign) => sign.id).sort());
    for (const row of table) expect(TIERS, row.id).to.include(row.tier);
  });

  it('gives each sign the same sources as the code, and names every source with a public address', () => {
    for (const row of table) {
      const sign = SIGNS.find((s) => s.id === row.id)!;
      expect([...row.sources].sort(), row.id).to.deep.equal([...sign.sources].sort());
    }
    // Every id cited anywhere: the signs, the guide's sections and blocks, every region and line.
    const lines = Object.values(REGIONS).flatMap((r) => [r, ...r.crisis, ...r.support, ...r.partners, ...(r.advice ? [r.advice] : [])]);
    const cited = new Set([
      ...Object.keys(SOURCES),
      ...SIGNS.flatMap((sign) => sign.sources),
      ...GUIDE_SECTIONS.flatMap((section) => sectionSources(section)),
      ...lines.flatMap((entry) => entry.sources),
    ]);
    for (const id of cited) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${id}\` |`) && /https?:\/\//.test(line));
      expect(row, `docs/clinical-sources.md has no row with an address for source ${id}`).to.be.a('string');
    }
    // The guide's footer can title every source its sections cite.
    for (const section of GUIDE_SECTIONS) {
      for (const id of sectionSources(section)) expect(SOURCES, `${section.id} cites ${id}`).to.have.property(id);
    }
  });

  it('has a review date and a next-review date six months later', () => {
    expect(doc).to.match(/Compared with its sources: \*\*2026-12-02\*\*/);
    expect(doc).to.match(/Next review due: \*\*2027-06-02\*\*/);
  });

  for (const lang of ['en', 'es']) {
    it(`(${lang}) every sign, ticked alone, gives the tier the table gives it`, async () => {
      const el = await checklist(CLINIC, lang);
      for (const row of table) {
        const shown = await only(el, row.id);
        expect(shown.dataset.tier, `${row.id} in ${lang}`).to.equal(row.tier);
      }
    });

    it(`(${lang}) every emergency or care-now sign shows the emergency number and is never "not an emergency"`, async () => {
      const el = await checklist(`${CLINIC} after-hours-phone="(703) 555-0199"`, lang);
      for (const row of table.filter((r) => r.tier === 'emergency' || r.tier === 'now')) {
        await only(el, row.id);
        const text = resultText(el);
        expect(text, `${row.id} in ${lang}`).not.to.match(NOT_AN_EMERGENCY);
        expect(resultHrefs(el), `${row.id} in ${lang}`).to.include('tel:911');
        if (row.tier === 'now') {
          expect(resultHrefs(el)[0], `${row.id} in ${lang}: the after-hours line first`).to.equal('tel:+17035550199');
        } else {
          expect(resultHrefs(el)[0], `${row.id} in ${lang}: the emergency number first`).to.equal('tel:911');
        }
      }
    });
  }
});

describe('care now (the `now` tier)', () => {
  it('without an after-hours line in the US: the clinic if it is open, then the emergency room', async () => {
    const el = await checklist(CLINIC);
    await only(el, 'fever');
    expect(resultHrefs(el)[0]).to.equal('tel:+17034370001');
    expect(resultText(el)).to.include('If your clinic is open, call it now: Call (703) 437-0001');
    expect(resultText(el)).to.include(
      'If it is closed or does not answer, or you feel worse: Call 911 or go to the nearest emergency room.',
    );
    await expect(el).to.be.accessible();
  });

  it('with no number at all in the US: call your doctor, nurse or midwife now, else the emergency room', async () => {
    const el = await checklist('');
    await only(el, 'bad-smell');
    expect(resultText(el)).to.include('Call your doctor, nurse or midwife now.');
    expect(resultText(el)).to.include('If you cannot reach them now, or you feel worse: Call 911');
    expect(resultHrefs(el)).to.deep.equal(['tel:911']);
  });

  // The region's 24/7 nurse line when the clinic gave no after-hours line, then the emergency number.
  const nurseLines: [string, string, string][] = [
    ['AU', 'tel:1800633422', 'tel:000'],
    ['NZ', 'tel:0800611116', 'tel:111'],
    ['GB', 'tel:111', 'tel:999'],
    ['CA', 'tel:811', 'tel:911'],
  ];
  for (const [region, nurse, emergency] of nurseLines) {
    it(`${region}: the nurse line when there is no clinic number, and after the clinic when there is`, async () => {
      const el = await checklist(`region="${region}"`);
      await only(el, 'large-clots');
      expect(resultHrefs(el)[0]).to.equal(nurse);
      expect(resultHrefs(el)).to.include(emergency);
      el.setAttribute('clinic-phone', '+44 113 496 0000');
      await elementUpdated(el);
      expect(resultHrefs(el).slice(0, 2)).to.deep.equal(['tel:+441134960000', nurse]);
      expect(resultText(el)).to.include('If it is closed or does not answer, call a nurse');
    });
  }

  it('a crisis and a care-now sign together: the crisis line first, and the after-hours line too', async () => {
    const el = await checklist(`${CLINIC} after-hours-phone="(703) 555-0199"`);
    await only(el, 'thoughts-of-self-harm');
    box(el, 'fever').labels![0].click();
    await elementUpdated(el);
    expect(result(el).dataset.tier).to.equal('crisis');
    const hrefs = resultHrefs(el);
    expect(hrefs[0]).to.equal('tel:988');
    expect(hrefs).to.include('tel:+17035550199');
    expect(resultText(el)).to.include('You also checked a sign that needs medical care right away.');
    await expect(el).to.be.accessible();
  });

  it('every emergency for the body says do not drive yourself; for feelings, ask someone to stay with you', async () => {
    const el = await checklist(CLINIC);
    for (const sign of SIGNS.filter((s) => s.tier === 'emergency')) {
      await only(el, sign.id);
      const [drive, stay] = ['Do not drive yourself.', 'If you can, ask someone to stay with you now.'];
      expect(resultText(el), sign.id).to.include(sign.group === 'body' ? drive : stay);
      expect(resultText(el), sign.id).not.to.include(sign.group === 'body' ? stay : drive);
    }
    await only(el, 'thoughts-of-self-harm');
    expect(resultText(el)).to.include('If you can, ask someone to stay with you now.');
  });

  it('a crisis with a call-today body sign keeps the clinic’s number', async () => {
    const el = await checklist(CLINIC);
    await only(el, 'thoughts-of-self-harm');
    box(el, 'rh-negative').labels![0].click();
    await elementUpdated(el);
    expect(resultHrefs(el)[0]).to.equal('tel:988');
    expect(resultHrefs(el)).to.include('tel:+17034370001');
    expect(resultText(el)).to.include('You also checked a sign to call your clinic about today.');
  });

  it('Northern Ireland (GB-NIR): no NHS 111 anywhere, Lifeline first, and care now goes to A&E', async () => {
    const el = await checklist('region="GB-NIR"');
    await only(el, 'thoughts-of-self-harm');
    expect(resultHrefs(el)[0]).to.equal('tel:08088088000');
    expect(resultHrefs(el)).not.to.include('tel:111');
    await only(el, 'fever');
    expect(resultHrefs(el)).to.deep.equal(['tel:999']);
    expect(resultText(el)).to.include('A&E');
    const bar = el.shadowRoot!.querySelector('[part~="next-bar"] a')!;
    expect(bar.getAttribute('href')).to.equal('tel:999');
  });

  it('a bad after-hours-phone is not shown, with one warning naming the attribute', async () => {
    const warnings = captureWarnings();
    const el = await checklist(`${CLINIC} after-hours-phone="call the ward"`);
    warnings.restore();
    await only(el, 'fever');
    expect(resultHrefs(el)[0]).to.equal('tel:+17034370001');
    expect(resultText(el)).not.to.include('call the ward');
    expect(warnings.messages.filter((m) => m.includes('after-hours-phone'))).to.have.length(1);
  });
});

describe('a self-contained repository', () => {
  it('no tracked file and nothing in dist/ points to the team folder outside the repository or its notes', async () => {
    // Assembled here, so that this file does not contain the strings it looks for.
    const needles = [['..', 'shared'].join('/'), ['clinical', 'facts.md'].join('-'), ['guide', 'outline.md'].join('-')];
    for (const needle of needles) {
      const hits = await executeServerCommand<string[], string>('haven-repo-files-containing', needle);
      expect(hits, needle).to.deep.equal([]);
    }
  });
});
