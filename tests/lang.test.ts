/**
 * Language: each element speaks Spanish when asked (its own `lang`, else the nearest ancestor's, else the
 * document's), falls back to English for languages Haven has no text for, follows live changes, and marks its
 * rendered text with the language it is really in.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { REGIONS } from '../src/content/contacts.js';
import { GUIDE_SECTIONS, GUIDE_STRINGS, SECTION_IDS } from '../src/content/guide.js';
import { SIGNS, signLabel } from '../src/content/signs.js';
import { STRINGS } from '../src/content/strings.js';
import { TRIAGE } from '../src/content/triage.js';
import { link, links, visibleText } from './helpers.js';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'] as const;

/** The visible top heading each element shows in a language. */
const HEADINGS = {
  'haven-crisis-banner': (lang: 'en' | 'es') => STRINGS[lang].bannerHeading,
  'haven-warning-signs': (lang: 'en' | 'es') => TRIAGE[lang].heading,
  'haven-recovery-guide': (lang: 'en' | 'es') => GUIDE_STRINGS[lang].title,
};

async function inside(markup: string): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', markup);
  for (const tag of TAGS) for (const el of host.querySelectorAll(tag)) await elementUpdated(el as HTMLElement);
  return host;
}

function heading(el: Element): string {
  return el.shadowRoot!.querySelector('[part~="heading"], h1, h2, h3, h4, h5, h6')!.textContent!.replace(/\s+/g, ' ').trim();
}

function base(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector('[part~="base"]')!;
}

/** Waits for a change made outside the element (an ancestor's lang) to reach it: observer, then Lit's update. */
async function settle(el: Element) {
  await new Promise((resolve) => setTimeout(resolve));
  await elementUpdated(el as HTMLElement);
}

describe('language', () => {
  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('speaks Spanish with lang="es" and marks its text lang="es"', async () => {
        const host = await inside(`<${tag} lang="es"></${tag}>`);
        const el = host.querySelector(tag)!;
        expect(heading(el)).to.equal(HEADINGS[tag]('es'));
        expect(base(el).lang).to.equal('es');
      });

      it('inherits an ancestor’s lang, with a region subtag (es-MX)', async () => {
        const host = await inside(`<div lang="es-MX"><section><${tag}></${tag}></section></div>`);
        const el = host.querySelector(tag)!;
        expect(heading(el)).to.equal(HEADINGS[tag]('es'));
        expect(base(el).lang).to.equal('es');
      });

      it('falls back to English for a language Haven has no text for, and says so with lang="en"', async () => {
        const host = await inside(`<div lang="fr"><${tag}></${tag}></div>`);
        const el = host.querySelector(tag)!;
        expect(heading(el)).to.equal(HEADINGS[tag]('en'));
        expect(base(el).lang).to.equal('en');
      });

      it('follows live changes to its own lang and to an ancestor’s', async () => {
        const host = await inside(`<div lang="en"><${tag}></${tag}></div>`);
        const wrapper = host.firstElementChild!;
        const el = host.querySelector(tag)!;
        expect(heading(el)).to.equal(HEADINGS[tag]('en'));
        wrapper.setAttribute('lang', 'es');
        await settle(el);
        expect(heading(el)).to.equal(HEADINGS[tag]('es'));
        el.setAttribute('lang', 'en-GB');
        await settle(el);
        expect(heading(el)).to.equal(HEADINGS[tag]('en'));
        el.removeAttribute('lang');
        await settle(el);
        expect(heading(el)).to.equal(HEADINGS[tag]('es'));
      });
    });
  }

  it('follows a move into another language, and a lang change made while it was away', async () => {
    const host = await inside('<div lang="en" id="a"><haven-crisis-banner></haven-crisis-banner></div><div lang="es" id="b"></div>');
    const el = host.querySelector('haven-crisis-banner')!;
    host.querySelector('#b')!.append(el);
    await settle(el);
    expect(heading(el)).to.equal(STRINGS.es.bannerHeading);
    el.remove();
    host.querySelector('#b')!.setAttribute('lang', 'en');
    host.querySelector('#b')!.append(el);
    await settle(el);
    expect(heading(el)).to.equal(STRINGS.en.bannerHeading);
  });

  it('inside another component’s shadow root: inherits from it and follows its changes', async () => {
    const host = await inside('<div></div>');
    const outer = host.firstElementChild!;
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="es"><haven-warning-signs></haven-warning-signs></section>';
    const el = root.querySelector('haven-warning-signs')!;
    await settle(el);
    expect(heading(el)).to.equal(TRIAGE.es.heading);
    root.querySelector('section')!.setAttribute('lang', 'en');
    await settle(el);
    expect(heading(el)).to.equal(TRIAGE.en.heading);
  });

  it('lang="" means unknown: English, even inside Spanish', async () => {
    const host = await inside('<div lang="es"><haven-crisis-banner lang=""></haven-crisis-banner></div>');
    const el = host.querySelector('haven-crisis-banner')!;
    expect(heading(el)).to.equal(STRINGS.en.bannerHeading);
    expect(base(el).lang).to.equal('en');
  });

  it('a lang change that does not change its language does not re-render it', async () => {
    const host = await inside('<div lang="es"><haven-crisis-banner></haven-crisis-banner></div><p lang="en">x</p>');
    const el = host.querySelector('haven-crisis-banner') as HTMLElement & { updateComplete: Promise<unknown> };
    let renders = 0;
    const counted = el as unknown as { updated(changed: unknown): void };
    const original = counted.updated.bind(el);
    counted.updated = (changed) => {
      renders++;
      original(changed);
    };
    host.querySelector('p')!.setAttribute('lang', 'fr');
    host.firstElementChild!.setAttribute('lang', 'es-MX');
    await settle(el);
    expect(renders).to.equal(0);
    host.firstElementChild!.setAttribute('lang', 'en');
    await settle(el);
    expect(renders).to.equal(1);
  });

  it('follows the document’s lang when nothing nearer sets one', async () => {
    const root = document.documentElement;
    const before = root.getAttribute('lang');
    try {
      root.setAttribute('lang', 'es');
      const host = await inside('<haven-crisis-banner></haven-crisis-banner>');
      const el = host.querySelector('haven-crisis-banner')!;
      expect(heading(el)).to.equal(STRINGS.es.bannerHeading);
      root.setAttribute('lang', 'en');
      await settle(el);
      expect(heading(el)).to.equal(STRINGS.en.bannerHeading);
    } finally {
      if (before === null) root.removeAttribute('lang');
      else root.setAttribute('lang', before);
    }
  });

  describe('Spanish content', () => {
    it('banner: Spanish actions with the same numbers and links; the 988 Spanish name; text AYUDA', async () => {
      const host = await inside('<haven-crisis-banner lang="es" clinic-phone="(703) 437-0001"></haven-crisis-banner>');
      const el = host.querySelector('haven-crisis-banner')!;
      const s = STRINGS.es;
      expect(link(el, s.call('911'))!.getAttribute('href')).to.equal('tel:911');
      expect(link(el, s.call('988'))!.getAttribute('href')).to.equal('tel:988');
      expect(link(el, s.textKeyword('AYUDA', '988'))!.getAttribute('href')).to.equal('sms:988?body=AYUDA');
      expect(link(el, s.call('(703) 437-0001'))!.getAttribute('href')).to.equal('tel:+17034370001');
      const text = visibleText(el);
      expect(text).to.include(REGIONS.US.crisis[0].name.es);
      expect(text).to.include(s.findHelplineLead(REGIONS.US.outside.es));
      expect(text).not.to.include(STRINGS.en.bannerReassure);
    });

    it('a service name without a Spanish form is marked lang="en" inside Spanish text', async () => {
      const host = await inside(
        '<haven-crisis-banner lang="es" region="GB"></haven-crisis-banner><haven-crisis-banner lang="es"></haven-crisis-banner>',
      );
      const [gb, us] = host.querySelectorAll('haven-crisis-banner');
      const name = (el: Element, id: string) => el.shadowRoot!.querySelector(`[data-line="${id}"] .line-name`)!;
      expect(name(gb, 'samaritans').getAttribute('lang')).to.equal('en');
      expect(name(us, '988').hasAttribute('lang')).to.equal(false);
      expect(name(us, '988').textContent).to.equal(REGIONS.US.crisis[0].name.es);
    });

    it('checklist: Spanish labels (°F in the US, °C elsewhere), tier words and actions', async () => {
      const host = await inside('<haven-warning-signs lang="es" region="GB"></haven-warning-signs>');
      const el = host.querySelector('haven-warning-signs')!;
      const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
      for (const sign of SIGNS) expect(labels).to.include(signLabel(sign, 'es', 'C'));
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('input[value="fainted"]')!;
      box.labels![0].click();
      await elementUpdated(el as HTMLElement);
      const status = el.shadowRoot!.querySelector('[part~="result"]')!.textContent!;
      expect(status).to.include(TRIAGE.es.tiers.emergency.label);
      expect(link(el, STRINGS.es.call('999'))!.getAttribute('href')).to.equal('tel:999');
    });

    it('guide: every section title, the interface words and the Spanish lines in Spanish', async () => {
      // Every section, `partners` too (not shown by default).
      const host = await inside(`<haven-recovery-guide lang="es" sections="${SECTION_IDS.join(' ')}"></haven-recovery-guide>`);
      const el = host.querySelector('haven-recovery-guide')!;
      const text = visibleText(el);
      for (const section of GUIDE_SECTIONS) expect(text).to.include(section.title.es);
      expect(text).to.include(GUIDE_STRINGS.es.print);
      expect(text).to.include(STRINGS.es.outsideQuestion(REGIONS.US.outside.es));
      expect(links(el).map((l) => l.href)).to.include('sms:741741?body=AYUDA');
      for (const section of GUIDE_SECTIONS) expect(text).not.to.include(section.title.en);
    });
  });
});
