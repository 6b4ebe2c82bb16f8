/**
 * Regions: the contact data is complete and sourced, no retired number exists anywhere, and each region's banner,
 * checklist and guide use that region's own numbers and units.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { REGIONS, type ContactLine } from '../src/content/contacts.js';
import { FEVER } from '../src/content/signs.js';
import { LANGS } from '../src/content/types.js';
import { normalisePhone, telHref, smsHref } from '../src/core/phone.js';
import { captureWarnings, links, visibleText } from './helpers.js';

const CODES = ['US', 'CA', 'GB', 'GB-NIR', 'IE', 'AU', 'NZ'] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

async function make<T extends HTMLElement>(tag: string, attrs: string): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  const el = host.querySelector(tag) as T;
  await elementUpdated(el);
  return el;
}

/** Ticks the checklist sign with this id by clicking its label, as a patient would. */
async function tickSign(el: HTMLElement, id: string) {
  const box = el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${id}"]`)!;
  box.labels![0].click();
  await elementUpdated(el);
}

function hrefs(el: Element): string[] {
  return links(el).map((l) => l.href);
}

/** The links a line must produce: tel: for its call number, sms: for its text number. */
function expectedHrefs(line: ContactLine, code: string): string[] {
  const plan = REGIONS[code].dialPlan;
  const out: string[] = [];
  const call = normalisePhone(line.call, plan);
  const text = normalisePhone(line.text, plan);
  if (call) out.push(telHref(call));
  if (text) out.push(smsHref(text, line.textKeyword?.en));
  return out;
}

describe('regions', () => {
  describe('data', () => {
    it('has exactly the six supported regions', () => {
      expect(Object.keys(REGIONS).sort()).to.deep.equal([...CODES].sort());
    });

    for (const code of CODES) {
      it(`${code}: an emergency number, a 24/7 crisis line, sources and dates, text in every language`, () => {
        const region = REGIONS[code];
        expect(region.code).to.equal(code);
        expect(normalisePhone(region.emergency, region.dialPlan), 'emergency number parses').to.not.equal(null);
        const always = region.crisis.filter((line) => line.always && (line.call || line.text));
        expect(always.length, 'at least one 24/7 crisis line to call or text').to.be.greaterThan(0);
        expect(region.temperature).to.equal(code === 'US' ? 'F' : 'C');
        expect(region.sources.length).to.be.greaterThan(0);
        expect(region.reviewed).to.match(ISO_DATE);
        for (const lang of LANGS) {
          expect(region.name[lang], `${code} name ${lang}`).to.be.a('string').and.not.equal('');
          expect(region.outside[lang], `${code} outside ${lang}`).to.be.a('string').and.not.equal('');
        }
        for (const line of [...region.crisis, ...region.support]) {
          expect(line.sources.length, `${line.id} sources`).to.be.greaterThan(0);
          expect(line.reviewed, `${line.id} reviewed`).to.match(ISO_DATE);
          expect(line.call || line.text || line.chat, `${line.id} has a way to reach it`).to.be.a('string');
          if (line.call) expect(normalisePhone(line.call, region.dialPlan), `${line.id} call`).to.not.equal(null);
          if (line.text) expect(normalisePhone(line.text, region.dialPlan), `${line.id} text`).to.not.equal(null);
          for (const lang of LANGS) {
            expect(line.name[lang], `${line.id} name ${lang}`).to.be.a('string').and.not.equal('');
            if (line.note) expect(line.note[lang], `${line.id} note ${lang}`).to.be.a('string').and.not.equal('');
          }
        }
      });
    }

    it('line ids name one service each, so haven-contact names one service', () => {
      // Northern Ireland shares the UK's lines, and NHS 111 is both a nurse line and a crisis route: the same entry.
      const lines = Object.values(REGIONS).flatMap((r) => [...r.crisis, ...r.support, ...(r.advice ? [r.advice] : [])]);
      const byId = new Map<string, string>();
      for (const line of lines) {
        const numbers = JSON.stringify([line.call, line.text, line.chat]);
        expect(byId.get(line.id) ?? numbers, line.id).to.equal(numbers);
        byId.set(line.id, numbers);
      }
    });

    it('no retired Lifeline number (800-273-… / 273-TALK) in the sources, the README or the bundle', async () => {
      const files = [
        '/src/content/contacts.ts',
        '/src/content/strings.ts',
        '/src/content/triage.ts',
        '/src/content/signs.ts',
        '/src/content/guide.ts',
        '/src/core/contact-templates.ts',
        '/README.md',
        '/dist/haven.min.js',
      ];
      for (const file of files) {
        const res = await fetch(file);
        expect(res.ok, file).to.equal(true);
        const text = await res.text();
        const retired = /800\)?[\s.\-\u2010-\u2015]*273[\s.\-\u2010-\u2015]*(8255|TALK)/i.exec(text);
        expect(retired?.[0], `${file} holds the retired number`).to.equal(undefined);
      }
    });
  });

  for (const code of CODES) {
    const region = REGIONS[code];
    describe(code, () => {
      it(`banner: ${region.emergency}, the first crisis line's links and "${region.outside.en}"`, async () => {
        const warnings = captureWarnings();
        const el = await make('haven-crisis-banner', `region="${code}"`);
        warnings.restore();
        expect(warnings.messages, 'no warning for a supported region').to.deep.equal([]);
        const found = hrefs(el);
        expect(found).to.include(`tel:${region.emergency.replace(/\D/g, '')}`);
        for (const href of expectedHrefs(region.crisis[0], code)) expect(found).to.include(href);
        const text = visibleText(el);
        expect(text).to.include(`Call ${region.emergency}`);
        expect(text).to.include(region.outside.en);
        if (region.support[0]) expect(text).to.include(region.support[0].name.en);
        // Another region's emergency number never appears.
        for (const other of CODES) {
          if (REGIONS[other].emergency !== region.emergency) expect(found).not.to.include(`tel:${REGIONS[other].emergency}`);
        }
      });

      it('checklist: the emergency action and the crisis lines are this region’s; fever in its unit', async () => {
        const el = await make<HTMLElement>('haven-warning-signs', `region="${code}"`);
        expect(visibleText(el)).to.include(FEVER[region.temperature]);
        await tickSign(el, 'soaking-pads');
        expect(hrefs(el)).to.include(`tel:${region.emergency}`);
        await tickSign(el, 'soaking-pads');
        await tickSign(el, 'thoughts-of-self-harm');
        const found = hrefs(el);
        for (const line of region.crisis) for (const href of expectedHrefs(line, code)) expect(found).to.include(href);
      });

      it('guide: every crisis line, the emergency number and the fever unit', async () => {
        const el = await make<HTMLElement>('haven-recovery-guide', `region="${code}"`);
        const found = hrefs(el);
        expect(found).to.include(`tel:${region.emergency}`);
        for (const line of region.crisis) for (const href of expectedHrefs(line, code)) expect(found).to.include(href);
        expect(visibleText(el)).to.include(FEVER[region.temperature]);
        expect(visibleText(el)).to.include(`${region.outside.en}?`);
      });
    });
  }

  // Written out by hand from the phone lines in docs/clinical-sources.md, not read from REGIONS, so a typo in the
  // data fails here.
  // Written out by hand from the phone lines and the routes without a voice call in docs/clinical-sources.md, not
  // read from REGIONS, so a typo in the data fails here.
  const FROM_THE_FACTS: Record<string, { en: string[]; es: string[] }> = {
    US: {
      en: ['tel:911', 'tel:988', 'sms:988', 'https://988lifeline.org/chat', 'sms:741741?body=HOME', 'sms:911'],
      es: ['tel:911', 'tel:988', 'sms:988?body=AYUDA', 'https://988lifeline.org/chat', 'sms:741741?body=AYUDA', 'sms:911'],
    },
    CA: { en: ['tel:911', 'tel:988', 'sms:988'], es: ['tel:911', 'tel:988', 'sms:988'] },
    GB: {
      en: ['tel:999', 'tel:116123', 'sms:85258?body=SHOUT', 'tel:111', 'tel:08088088000', 'sms:999', 'tel:18000'],
      es: ['tel:999', 'tel:116123', 'sms:85258?body=SHOUT', 'tel:111', 'tel:08088088000', 'sms:999', 'tel:18000'],
    },
    IE: {
      en: ['tel:112', 'tel:116123', 'tel:1800247247', 'sms:51444?body=HELP', 'sms:50808?body=TALK', 'sms:112'],
      es: ['tel:112', 'tel:116123', 'tel:1800247247', 'sms:51444?body=HELP', 'sms:50808?body=TALK', 'sms:112'],
    },
    AU: {
      en: ['tel:000', 'tel:131114', 'sms:0477131114', 'sms:0423677767', 'tel:1800555727'],
      es: ['tel:000', 'tel:131114', 'sms:0477131114', 'sms:0423677767', 'tel:1800555727'],
    },
    NZ: {
      en: ['tel:111', 'tel:1737', 'sms:1737', 'tel:0800543354', 'sms:4357?body=HELP', 'sms:111'],
      es: ['tel:111', 'tel:1737', 'sms:1737', 'tel:0800543354', 'sms:4357?body=HELP', 'sms:111'],
    },
  };

  for (const [code, expected] of Object.entries(FROM_THE_FACTS)) {
    for (const lang of ['en', 'es'] as const) {
      it(`${code} (${lang}): the guide's crisis section links exactly the numbers in docs/clinical-sources.md`, async () => {
        const el = await make<HTMLElement>('haven-recovery-guide', `region="${code}" lang="${lang}" sections="crisis"`);
        // What the patient can see: the other sections are in the DOM, hidden, so a clinic's slotted words survive.
        const shown = links(el).filter((l) => l.a.getClientRects().length > 0).map((l) => l.href);
        const found = new Set(shown.filter((h) => !h.startsWith('https://findahelpline')));
        expect([...found].sort()).to.deep.equal([...expected[lang]].sort());
      });
    }
  }

  it('says where to go in the words of the region: A&E in the UK, emergency department in Australia', async () => {
    const words = async (attrs: string) => visibleText(await make('haven-crisis-banner', attrs));
    expect(await words('region="US"')).to.include('or go to the nearest emergency room.');
    expect(await words('region="GB"')).to.include('or go to the nearest A&E.');
    expect(await words('region="AU"')).to.include('or go to the nearest emergency department.');
    expect(await words('region="GB" lang="es"')).to.include('o vaya a la sala de emergencias más cercana.');
  });

  it('region="UK" is read as GB', async () => {
    const warnings = captureWarnings();
    const el = await make('haven-crisis-banner', 'region="UK"');
    warnings.restore();
    expect(warnings.messages).to.deep.equal([]);
    expect(hrefs(el)).to.include('tel:999');
  });

  it('an unsupported region warns once and shows the local emergency number in words and the directory', async () => {
    const warnings = captureWarnings();
    const el = await make('haven-crisis-banner', 'region="FR"');
    warnings.restore();
    expect(warnings.messages.filter((m) => m.includes('region'))).to.have.length(1);
    expect(visibleText(el)).to.include('Call your local emergency number');
    expect(hrefs(el).some((h) => h.startsWith('tel:'))).to.equal(false);
    expect(hrefs(el)).to.include('https://findahelpline.com/');
  });

  it('region codes are case-insensitive', async () => {
    const el = await make('haven-crisis-banner', 'region="gb"');
    expect(hrefs(el)).to.include('tel:999');
  });
});
