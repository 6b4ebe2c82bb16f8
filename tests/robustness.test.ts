/**
 * Robustness beyond hostile attribute strings: what pages and frameworks really do. Properties set to any kind of
 * value (React 19 sets properties), exceptions anywhere in an update, Trusted Types next to another Lit widget, DOM
 * clobbering by user HTML, numbers written two at a time, overrides that must not replace help, prototype
 * pollution, a page with many elements, and an element moved into another document.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { HavenCrisisBanner } from '../src/crisis-banner/crisis-banner.js';
import { HavenRecoveryGuide } from '../src/recovery-guide/recovery-guide.js';
import { HavenWarningSigns } from '../src/warning-signs/warning-signs.js';
import type { HavenElement } from '../src/core/haven-element.js';
import { REGIONS } from '../src/content/contacts.js';
import { captureWarnings, nextFrame } from './helpers.js';
import { blankFrame, loadPage, type FixtureWindow } from './page-helpers.js';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'] as const;
type Tag = (typeof TAGS)[number];
type Updatable = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

/** Public properties (not internal state) an element declares, from Lit's own list. */
function publicProperties(tag: Tag): string[] {
  const ctor = customElements.get(tag) as unknown as typeof HavenElement;
  return [...ctor.elementProperties.entries()].filter(([, options]) => !options.state).map(([name]) => String(name));
}

const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');

/**
 * Help is on screen: the emergency number as a link (or the local-emergency words where Haven has no number). The
 * checklist shows numbers once a sign is checked, so it must at least offer its checkboxes.
 */
function helpShown(el: Element): boolean {
  const root = el.shadowRoot!;
  if (el.localName.includes('warning-signs') && root.querySelector('input[type="checkbox"]')) return true;
  return hrefs(root).some((h) => /^tel:(911|999|112|000|111)$/.test(h)) || /local emergency number/.test(root.textContent ?? '');
}

async function make(tag: string, attrs = ''): Promise<Updatable> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  const el = host.firstElementChild as Updatable;
  await el.updateComplete;
  return el;
}

const throwing = {
  toString() {
    throw new Error('toString');
  },
  valueOf() {
    throw new Error('valueOf');
  },
};

/** Values React, Vue or a hand-written script might put in any property. */
const ODD_VALUES: [string, unknown][] = [
  ['a number', 7034370001],
  ['NaN', Number.NaN],
  ['true', true],
  ['an object', { phone: '911' }],
  ['an array', ['physical']],
  ['a Symbol', Symbol('x')],
  ['a toString that throws', throwing],
  ['a function', () => '911'],
  ['a BigInt', BigInt(7)],
  ['null', null],
  ['undefined', undefined],
];

describe('robustness', () => {
  describe('1. any value in any property', () => {
    for (const tag of TAGS) {
      it(`<${tag}> never goes blank, whatever each property holds, and warns at most once per attribute`, async function () {
        // Every odd value in every property (two more with opening hours), on a shared 2-core machine running two
        // engines: a limit, not a measure.
        this.timeout(60_000);
        for (const property of publicProperties(tag)) {
          for (const [what, value] of ODD_VALUES) {
            const warnings = captureWarnings();
            const errors = [] as unknown[];
            const original = console.error;
            console.error = (...args: unknown[]) => errors.push(args[0]);
            try {
              const el = await make(tag, 'clinic-phone="(703) 437-0001"');
              el[property] = value;
              await el.updateComplete;
              await el.updateComplete;
              expect(helpShown(el), `${property} = ${what}`).to.equal(true);
              expect(errors, `${property} = ${what}`).to.deep.equal([]);
            } finally {
              warnings.restore();
              console.error = original;
            }
            const perAttribute = new Map<string, number>();
            for (const message of warnings.messages) {
              const key = message.replace(/^\[haven\] <[^>]+> ([^:]+):.*$/s, '$1');
              perAttribute.set(key, (perAttribute.get(key) ?? 0) + 1);
            }
            for (const [attribute, count] of perAttribute) expect(count, `${property} = ${what}: ${attribute}`).to.equal(1);
          }
        }
      });
    }

    it('a number is dialled as its digits (React: clinicPhone={7034370001})', async () => {
      const el = await make('haven-crisis-banner');
      el.clinicPhone = 7034370001;
      el.headingLevel = 3;
      await el.updateComplete;
      expect(hrefs(el.shadowRoot!)).to.include('tel:+17034370001');
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
    });

    it('a revoked proxy or a throwing array in sections is ignored with a warning, not a fallback', async () => {
      const { proxy, revoke } = Proxy.revocable<string[]>([], {});
      revoke();
      const throwingArray = new Proxy(['crisis'], { get: () => { throw new Error('getter'); } });
      for (const value of [proxy, throwingArray]) {
        const warnings = captureWarnings();
        const el = await make('haven-recovery-guide');
        el.sections = value;
        await el.updateComplete;
        warnings.restore();
        expect(el.shadowRoot!.querySelector('.failure')).to.equal(null);
        expect(el.shadowRoot!.querySelector('#crisis-heading')).to.exist;
        expect(warnings.messages.join(' ')).to.include('sections');
      }
    });

    it('sections takes an array of ids as a property', async () => {
      const el = await make('haven-recovery-guide');
      el.sections = ['crisis', 'contact'];
      await el.updateComplete;
      const shown = [...el.shadowRoot!.querySelectorAll('[data-section]:not([hidden])')].map((s) => s.getAttribute('data-section'));
      expect(shown).to.deep.equal(['crisis', 'contact']);
    });

    it('a number set before the element is defined is used once it upgrades', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('test-late-banner') as Updatable;
      el.clinicPhone = 7034370001;
      host.append(el);
      customElements.define('test-late-banner', class extends HavenCrisisBanner {});
      await el.updateComplete;
      expect(hrefs(el.shadowRoot!)).to.include('tel:+17034370001');
    });
  });

  describe('1. an exception anywhere in an update ends in emergency help, never a blank element', () => {
    const hooks = ['willUpdate', 'render', 'updated', 'firstUpdated'] as const;
    for (const hook of hooks) {
      it(`a throw in ${hook}() shows the fallback with the emergency number, and the element recovers`, async () => {
        let broken = true;
        const name = `test-throw-${hook.toLowerCase()}`;
        const Base = HavenWarningSigns as unknown as { new (): HTMLElement };
        customElements.define(
          name,
          class extends (Base as typeof HavenWarningSigns) {
            protected [hook](...args: never[]): never {
              if (broken) throw new Error(`broken ${hook}`);
              return (super[hook] as (...a: never[]) => never)(...args);
            }
          },
        );
        const errors: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => errors.push(args[0]);
        try {
          const el = await make(name, 'region="GB"');
          await el.updateComplete;
          expect(helpShown(el), hook).to.equal(true);
          expect(hrefs(el.shadowRoot!)).to.include('tel:999');
          expect(errors.join(' ')).to.include('could not render');
          broken = false;
          el.setAttribute('clinic-name', 'All About Women');
          await el.updateComplete;
          await el.updateComplete;
          expect(el.shadowRoot!.querySelector('input[type="checkbox"]'), `${hook}: renders again`).to.exist;
        } finally {
          console.error = original;
        }
      });
    }

    it('odd slotted content read on slotchange cannot take the guide down', async () => {
      const el = await make('haven-recovery-guide');
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args[0]);
      try {
        // The guide reads its slotted elements from its children; one whose attributes cannot be read.
        const extra = document.createElement('section');
        extra.slot = 'extra';
        extra.getAttribute = () => {
          throw new Error('odd markup');
        };
        el.append(extra);
        await new Promise((r) => setTimeout(r, 50));
        expect(helpShown(el)).to.equal(true);
        expect(errors.join(' ')).to.include('could not render');
      } finally {
        console.error = original;
      }
    });
  });

  describe('2 and 3. next to another Lit widget, and with user HTML that clobbers globals (the built script, the README’s CSP)', () => {
    /** Loads a generated page and checks both widgets work and nothing threw or was blocked. */
    async function check(query: string, { foreign = false } = {}) {
      const { win, doc } = await loadPage(`/tests/fixtures/generated/page.html?${query}`, { defined: false });
      await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
      const banner = doc.querySelector('haven-crisis-banner') as unknown as Updatable;
      await banner.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      const record = (win as FixtureWindow).__haven!;
      expect(record.errors, query).to.deep.equal([]);
      expect(record.violations, query).to.deep.equal([]);
      for (const tag of TAGS) {
        const el = doc.querySelector(tag)!;
        expect(el.shadowRoot, `${query}: ${tag}`).to.exist;
        if (tag === 'haven-warning-signs') {
          el.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!.click();
          await (el as unknown as Updatable).updateComplete;
        }
        expect(hrefs(el.shadowRoot!), `${query}: ${tag}`).to.include('tel:911');
      }
      // Styles came through under style-src 'self' (constructed stylesheets, not <style> elements).
      const base = banner.shadowRoot!.querySelector('[part~="base"]')!;
      expect(win.getComputedStyle(base).display, query).to.equal('block');
      expect(banner.shadowRoot!.querySelector('style'), query).to.equal(null);
      const call = banner.shadowRoot!.querySelector<HTMLElement>('.action')!;
      expect(parseFloat(win.getComputedStyle(call).minBlockSize || win.getComputedStyle(call).minHeight), query).to.be.at.least(40);
      if (foreign) {
        await win.customElements.whenDefined('foreign-booking-widget');
        const widget = doc.querySelector('foreign-booking-widget') as unknown as Updatable;
        await widget.updateComplete;
        const button = widget.shadowRoot!.querySelector('button')!;
        button.click();
        await widget.updateComplete;
        expect(button.textContent, `${query}: the other widget still works`).to.include('(1)');
      }
      return { win, doc };
    }

    it('Haven after a foreign Lit bundle, before it, twice, and with an older version', async () => {
      await check('scripts=foreign,haven&lit=1', { foreign: true });
      await check('scripts=haven,foreign&lit=1', { foreign: true });
      await check('scripts=haven,haven,foreign&lit=1', { foreign: true });
      await check('scripts=haven-old,haven,foreign&lit=1', { foreign: true });
      await check('scripts=haven,haven-old&at=defer');
    });

    it('the per-element scripts in any mix and order, with haven.min.js and another Lit widget (#17)', async () => {
      await check('scripts=banner,signs,guide');
      await check('scripts=guide,banner,signs,haven,foreign&lit=1', { foreign: true });
      await check('scripts=haven,banner,signs,guide&at=defer');
      await check('scripts=banner,haven,guide&at=body');
      await check('scripts=signs,haven-old,banner,guide,foreign&lit=1', { foreign: true });
    });

    it('one element’s script registers that element alone', async () => {
      const { win, doc } = await loadPage('/tests/fixtures/generated/page.html?scripts=banner', { defined: false });
      await win.customElements.whenDefined('haven-crisis-banner');
      const banner = doc.querySelector('haven-crisis-banner') as unknown as Updatable;
      await banner.updateComplete;
      expect(hrefs((banner as unknown as HTMLElement).shadowRoot!)).to.include('tel:911');
      expect(win.customElements.get('haven-warning-signs') === undefined).to.equal(true);
      expect(win.customElements.get('haven-recovery-guide') === undefined).to.equal(true);
      expect((win as FixtureWindow).__haven!.errors).to.deep.equal([]);
      expect((win as FixtureWindow).__haven!.violations).to.deep.equal([]);
    });

    it('a page whose CSP allows no "haven" policy still shows emergency help and the clinic’s own content', async () => {
      const warnings: string[] = [];
      const { win, doc } = await loadPage('/tests/fixtures/generated/page.html?scripts=haven&tt=none', { defined: false });
      // Only where the browser enforces Trusted Types; elsewhere the policy is simply not needed.
      if (!('trustedTypes' in win)) return;
      await win.customElements.whenDefined('haven-crisis-banner');
      await new Promise((r) => setTimeout(r, 200));
      void warnings;
      const banner = doc.querySelector('haven-crisis-banner')!;
      expect(hrefs(banner.shadowRoot!)).to.include('tel:911');
      // The clinic's no-script content shows through the fallback's slot.
      const slot = banner.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedNodes({ flatten: true }).some((n) => n.textContent?.includes('Call 911'))).to.equal(true);
      expect((win as FixtureWindow).__haven!.errors).to.deep.equal([]);
    });

    const NAMES = [
      'litHtmlVersions',
      'litElementVersions',
      'reactiveElementVersions',
      'litHtmlPolyfillSupport',
      'litElementPolyfillSupport',
      'reactiveElementPolyfillSupport',
      'litPropertyMetadata',
      'ShadyCSS',
      'trustedTypes',
      'TrustedTypePolicyFactory',
      'litElementHydrateSupport',
    ];
    // The document's own methods and properties, which named images and forms shadow on `document`.
    const DOCUMENT_NAMES = [
      'createElement',
      'createComment',
      'createTextNode',
      'createTreeWalker',
      'importNode',
      'defaultView',
      'documentElement',
      'body',
      'head',
      'readyState',
      'adoptedStyleSheets',
    ];
    for (const at of ['head', 'body', 'defer']) {
      it(`an element named after any global Lit reads cannot stop Haven (script in ${at})`, async () => {
        for (const name of NAMES) await check(`clobber=${name}&at=${at}`);
        for (const tag of ['img', 'form']) await check(`clobber=litHtmlVersions&tag=${tag}&at=${at}`);
        await check(`clobber=ShadyCSS&tag=img&at=${at}`);
      });

      it(`an image or form named after a document method or property cannot blank Haven (script in ${at})`, async () => {
        for (const name of DOCUMENT_NAMES) {
          await check(`clobber=${name}&tag=img&at=${at}`);
          await check(`clobber=${name}&tag=form&at=${at}`);
        }
      });
    }

    it('an image named after a document method, added after start-up, cannot freeze the checklist on its old result', async function () {
      // Five pages, each loading the whole script, on a shared 2-core machine running two engines: a limit, not a measure.
      this.timeout(90_000);
      for (const name of ['importNode', 'createElement', 'createTreeWalker', 'createComment', 'createTextNode']) {
        const { win, doc } = await loadPage(`/tests/fixtures/generated/page.html?late=${name}`, { defined: false });
        await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
        for (let i = 0; i < 50 && !(win as unknown as { __haven: { lateClobber?: string } }).__haven.lateClobber; i += 1) {
          await new Promise((r) => setTimeout(r, 20));
        }
        const checklist = doc.querySelector('haven-warning-signs') as unknown as Updatable;
        checklist.shadowRoot!.querySelector<HTMLInputElement>('#sign-soaking-pads')!.click();
        await checklist.updateComplete;
        const result = checklist.shadowRoot!.querySelector('.result')!;
        expect(result.getAttribute('data-tier'), name).to.equal('emergency');
        expect(hrefs(result), name).to.include('tel:911');
        expect((win as FixtureWindow).__haven!.errors, name).to.deep.equal([]);
      }
    });

    it('inside a page-wide form whose controls are named parentNode, parentElement and hasAttribute: no hang, no blank', async () => {
      const { win, doc } = await check('form=parentNode,parentElement,hasAttribute,getAttribute,getRootNode,nodeType');
      // A lang change walks up through the form again; a theme check walks up for the page background.
      doc.documentElement.lang = 'es';
      doc.documentElement.style.setProperty('--haven-accent', '#0b5d66');
      await new Promise((r) => setTimeout(r, 100));
      const banner = doc.querySelector('haven-crisis-banner')!;
      await (banner as unknown as Updatable).updateComplete;
      expect(banner.shadowRoot!.querySelector('[lang="es"]')).to.exist;
      expect((win as FixtureWindow).__haven!.errors).to.deep.equal([]);
    });

    it('keeps its Trusted Types policy to itself: nothing on the page can reach it', async () => {
      const { win } = await check('scripts=haven');
      const symbols = Object.getOwnPropertySymbols(win).map(String);
      expect(symbols.filter((name) => /haven/i.test(name))).to.deep.equal([]);
    });
  });

  describe('5 and 6. numbers that would dial the wrong place, and overrides that would replace help', () => {
    it('drops a bracketed trunk (0) after the country code', async () => {
      for (const [region, value, href] of [
        ['GB', '+44 (0)113 496 0000', 'tel:+441134960000'],
        ['IE', '+353 (0)1 234 5678', 'tel:+35312345678'],
        ['AU', '+61 (0)2 9876 5432', 'tel:+61298765432'],
        ['NZ', '+64 (0)9 123 4567', 'tel:+6491234567'],
      ]) {
        const el = await make('haven-crisis-banner', `region="${region}" clinic-phone="${value}" after-hours-phone="${value}"`);
        expect(hrefs(el.shadowRoot!), region).to.include(href);
        expect(hrefs(el.shadowRoot!).some((h) => h.includes('+440') || h.includes('+3530')), region).to.equal(false);
      }
    });

    it('drops a trunk 0 after the country code however it is written, but not where it is dialled (Italy)', async () => {
      for (const [value, href] of [
        ['+44 0113 496 0000', 'tel:+441134960000'],
        ['+44-(0)-113 496 0000', 'tel:+441134960000'],
        ['+44 (0113) 496 0000', 'tel:+441134960000'],
        ['+353 01 234 5678', 'tel:+35312345678'],
        ['+39 06 1234 5678', 'tel:+390612345678'],
      ]) {
        const el = await make('haven-crisis-banner', `region="GB" clinic-phone="${value}"`);
        expect(hrefs(el.shadowRoot!), value).to.include(href);
      }
    });

    it('an emergency-number joined to another, or not a known emergency number, never replaces the region’s', async () => {
      const cases: [string, string, string[]][] = [
        ['GB', '999/112', ['tel:999']],
        ['US', '911, 112', ['tel:911']],
        ['US', '1-911', ['tel:1911', 'tel:911']],
        ['GB', '2222', ['tel:2222', 'tel:999']],
        ['GB', '00', ['tel:00', 'tel:999']],
        ['GB', '112', ['tel:112']],
      ];
      for (const [region, value, expected] of cases) {
        const warnings = captureWarnings();
        const el = await make('haven-crisis-banner', `region="${region}" emergency-number="${value}"`);
        warnings.restore();
        // The emergency calls themselves, not the routes without a voice call (which report "emergency" too).
        const emergency = [...el.shadowRoot!.querySelectorAll('a[data-service="emergency"]')]
          .filter((a) => !a.closest('[part~="access"]'))
          .map((a) => a.getAttribute('href'));
        expect([...new Set(emergency)], `${region} ${value}`).to.deep.equal(expected);
      }
    });

    it('links the first of two numbers and warns, for every phone attribute', async () => {
      for (const attribute of ['clinic-phone', 'after-hours-phone', 'emergency-number']) {
        const warnings = captureWarnings();
        const el = await make('haven-crisis-banner', `region="AU" ${attribute}="(02) 9876 5432 / 5433"`);
        warnings.restore();
        expect(hrefs(el.shadowRoot!), attribute).to.include('tel:0298765432');
        expect(hrefs(el.shadowRoot!).some((h) => h.includes('98765432543')), attribute).to.equal(false);
        expect(warnings.messages.join(' '), attribute).to.include(`${attribute}="(02) 9876 5432 / 5433" holds more than one number`);
      }
      const warnings = captureWarnings();
      const el = await make('haven-crisis-banner', 'clinic-phone="703-437-0001 or 703-437-0002"');
      warnings.restore();
      expect(hrefs(el.shadowRoot!)).to.include('tel:+17034370001');
      expect(hrefs(el.shadowRoot!)).not.to.include('tel:+17034370002');
      // A slash inside one number is only a separator.
      const one = await make('haven-crisis-banner', 'clinic-phone="703/437-0001"');
      expect(hrefs(one.shadowRoot!)).to.include('tel:+17034370001');
    });

    it('a full number as emergency-number is shown as asked, with the region’s emergency number beside it', async () => {
      const warnings = captureWarnings();
      const el = await make('haven-warning-signs', 'emergency-number="(703) 555-0100"');
      warnings.restore();
      el.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!.click();
      await el.updateComplete;
      const result = el.shadowRoot!.querySelector('[part~="result"]')!;
      expect(hrefs(result).slice(0, 2)).to.deep.equal(['tel:+17035550100', 'tel:911']);
      expect(warnings.messages.join(' ')).to.include('emergency-number="(703) 555-0100" is not a known emergency number');
      // A short code replaces it: 112 in the UK, 15 in France.
      const gb = await make('haven-crisis-banner', 'region="GB" emergency-number="112"');
      expect(hrefs(gb.shadowRoot!)).to.include('tel:112');
      expect(hrefs(gb.shadowRoot!)).not.to.include('tel:999');
      const quiet = captureWarnings();
      const fr = await make('haven-crisis-banner', 'region="FR" emergency-number="15"');
      quiet.restore();
      expect(hrefs(fr.shadowRoot!)).to.include('tel:15');
    });

    it('hotline-url takes https only, and the link shows where it goes', async () => {
      const warnings = captureWarnings();
      const el = await make('haven-crisis-banner', 'region="FR" hotline-url="http://example.org/help"');
      warnings.restore();
      const link = el.shadowRoot!.querySelector('[part~="hotline-link"]')!;
      expect(link.getAttribute('href')).to.equal('https://findahelpline.com/');
      expect(link.textContent).to.include('(findahelpline.com)');
      expect(warnings.messages.join(' ')).to.include('hotline-url="http://example.org/help" is not an https address');
      const ok = await make('haven-crisis-banner', 'region="JP" hotline-url="https://example.org/help"');
      expect(ok.shadowRoot!.querySelector('[part~="hotline-link"]')!.textContent).to.include('(example.org)');
    });
  });

  describe('4. page styles that would hide a number through ::part()', () => {
    const HOSTILE: string[] = [
      '::part(action) { background: linear-gradient(#fff, #f2f2f2) !important; }',
      '::part(call) { -webkit-text-fill-color: transparent; }',
      '::part(action) { opacity: 0; }',
      '::part(action) { visibility: hidden; }',
      '::part(action) { font-size: 0; }',
      '::part(action) { filter: opacity(0); }',
      '::part(action) { transform: scale(0); }',
      '::part(emergency) { display: none; }',
      '::part(base) { opacity: 0.02; }',
      '::part(base) { background-image: linear-gradient(#111, #111); }',
      '::part(base) { display: contents; }',
    ];
    for (const rule of HOSTILE) {
      it(`shuts out ${rule}`, async () => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(`body { background: #111; } haven-crisis-banner.hostile${rule}`);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        const warnings = captureWarnings();
        try {
          const el = await make('haven-crisis-banner', 'class="hostile" variant="full"');
          await nextFrame();
          await nextFrame();
          const call = el.shadowRoot!.querySelector<HTMLElement>('a[data-service="emergency"]')!;
          const style = getComputedStyle(call);
          expect(style.opacity, rule).to.equal('1');
          expect(style.visibility, rule).to.equal('visible');
          expect(style.backgroundImage, rule).to.equal('none');
          expect(style.transform, rule).to.equal('none');
          expect(parseFloat(style.fontSize), rule).to.be.at.least(14);
          expect(call.getClientRects().length, rule).to.be.greaterThan(0);
          expect(warnings.messages.join(' '), rule).to.include('theme:');
        } finally {
          warnings.restore();
          document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        }
      });
    }

    it('checks again when a class changes on any ancestor, or a stylesheet arrives late', async () => {
      const host = await fixture<HTMLDivElement>(html`<div class="wrap"><haven-crisis-banner variant="full"></haven-crisis-banner></div>`);
      const el = host.querySelector('haven-crisis-banner') as unknown as Updatable;
      await el.updateComplete;
      await nextFrame();
      const call = () => el.shadowRoot!.querySelector<HTMLElement>('a[data-service="emergency"]')!;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.wrap.dim haven-crisis-banner::part(call) { color: transparent; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const late = document.createElement('style');
      const warnings = captureWarnings();
      try {
        host.classList.add('dim');
        await new Promise((r) => setTimeout(r));
        await nextFrame();
        expect(getComputedStyle(call()).color, 'after the class change').not.to.equal('rgba(0, 0, 0, 0)');
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
        host.classList.remove('dim');
        await new Promise((r) => setTimeout(r));
        await nextFrame();
        late.textContent = '.wrap haven-crisis-banner::part(call) { opacity: 0; }';
        document.head.append(late);
        await new Promise((r) => setTimeout(r));
        await nextFrame();
        expect(getComputedStyle(call()).opacity, 'after a late <style>').to.equal('1');
      } finally {
        warnings.restore();
        late.remove();
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });
  });

  describe('7. no freezes', () => {
    it('a megabyte of sections or of a phone number renders, cut to size with one warning', async () => {
      const warnings = captureWarnings();
      const el = await make('haven-recovery-guide');
      el.sections = 'crisis '.repeat(150_000);
      el.clinicPhone = '7'.repeat(1_000_000);
      await el.updateComplete;
      warnings.restore();
      expect(helpShown(el)).to.equal(true);
      expect(warnings.messages.filter((m) => m.includes('sections is longer than'))).to.have.length(1);
      expect(el.shadowRoot!.querySelector('#crisis-heading')).to.exist;
    });

    it('a lang change re-renders only the elements whose language changed, and checks no themes', async () => {
      const host = await fixture<HTMLDivElement>(html`<div><div id="a"></div><div id="b"></div></div>`);
      for (let i = 0; i < 60; i += 1) host.querySelector(i < 30 ? '#a' : '#b')!.append(document.createElement('haven-crisis-banner'));
      const all = [...host.querySelectorAll<HavenCrisisBanner>('haven-crisis-banner')];
      await Promise.all(all.map((el) => el.updateComplete));
      await nextFrame();
      const updates = new Map<Element, number>();
      const themes = new Map<Element, number>();
      for (const el of all) {
        const original = { update: (el as unknown as { requestUpdate: () => void }).requestUpdate, theme: el.checkTheme };
        (el as unknown as { requestUpdate: (...a: unknown[]) => void }).requestUpdate = (...args: unknown[]) => {
          updates.set(el, (updates.get(el) ?? 0) + 1);
          return (original.update as (...a: unknown[]) => void).apply(el, args);
        };
        el.checkTheme = () => {
          themes.set(el, (themes.get(el) ?? 0) + 1);
          original.theme.call(el);
        };
      }
      host.querySelector('#b')!.setAttribute('lang', 'es');
      await new Promise((r) => setTimeout(r));
      await Promise.all(all.map((el) => el.updateComplete));
      expect(all.filter((el) => updates.has(el))).to.deep.equal(all.slice(30));
      expect(all.slice(30).every((el) => el.shadowRoot!.querySelector('[lang="es"]'))).to.equal(true);
      host.querySelector('#a')!.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r));
      await nextFrame();
      // Elements re-rendered in Spanish check their theme once each, in one frame; the English ones not at all.
      expect(all.slice(0, 30).filter((el) => themes.has(el))).to.deep.equal([]);
      expect([...themes.values()].every((n) => n === 1)).to.equal(true);
    });
  });

  describe('8. a page that polluted Object.prototype', () => {
    it('cannot add labels, numbers or links to any element', async () => {
      const polluted = {
        vanity: '911',
        chat: 'javascript:alert(1)',
        nanp: true,
        trunkPrefix: '',
        extension: '99',
        others: 'x',
        id: 'polluted',
        part: 'polluted',
        focusable: true,
        care: { en: 'POLLUTED', es: 'POLLUTED' },
        hospital: { en: 'POLLUTED', es: 'POLLUTED' },
        textFor: { en: '666', es: '666' },
        textKeyword: { en: 'POLLUTED', es: 'POLLUTED' },
        advice: undefined,
        // A language's words answered by the prototype (every key, any language).
        en: new Proxy({}, { get: (_, key) => (typeof key === 'string' ? 'POLLUTED' : undefined) }),
        es: new Proxy({}, { get: (_, key) => (typeof key === 'string' ? 'POLLUTED' : undefined) }),
      };
      const proto = Object.prototype as Record<string, unknown>;
      try {
        for (const [key, value] of Object.entries(polluted)) if (value !== undefined) proto[key] = value;
        for (const region of Object.keys(REGIONS)) {
          for (const tag of TAGS) {
            const el = await make(tag, `region="${region}" clinic-phone="(703) 437-0001"`);
            if (tag === 'haven-warning-signs') {
              for (const id of ['fever', 'thoughts-of-self-harm', 'cramping']) {
                el.shadowRoot!.querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
              }
              await el.updateComplete;
            }
            const root = el.shadowRoot!;
            const text = root.textContent ?? '';
            expect(text, `${region} ${tag}`).not.to.include('POLLUTED');
            expect(hrefs(root).filter((h) => !/^(tel:\+?[0-9]+|sms:\+?[0-9]+(\?body=[A-Z%0-9]+)?|https:\/\/[^\s]+)$/.test(h)), `${region} ${tag}`).to.deep.equal([]);
            expect(hrefs(root).some((h) => h.includes(';ext=') || h.includes('666')), `${region} ${tag}`).to.equal(false);
            expect(root.querySelector('[id="polluted"], [part~="polluted"]'), `${region} ${tag}`).to.equal(null);
          }
        }
      } finally {
        for (const key of Object.keys(polluted)) delete proto[key];
      }
    });

    it('Object.prototype.en and .es set before the script loads change no word (the built scripts)', async () => {
      for (const query of ['scripts=haven', 'scripts=haven&lang=es', 'scripts=haven-en&lang=es', 'scripts=banner-en']) {
        const { win, doc } = await loadPage(`/tests/fixtures/generated/page.html?${query}&pollute=1`, { defined: false });
        try {
          await win.customElements.whenDefined('haven-crisis-banner');
          const banner = doc.querySelector('haven-crisis-banner') as unknown as Updatable;
          await banner.updateComplete;
          const text = (banner as unknown as HTMLElement).shadowRoot!.textContent ?? '';
          expect(text.includes('POLLUTED'), `${query}: ${text.slice(0, 200)}`).to.equal(false);
          expect(text, query).to.include(query.includes('lang=es') && !query.includes('-en') ? '988 Línea de Prevención' : '988 Suicide & Crisis Lifeline');
          expect((win as FixtureWindow).__haven!.errors, query).to.deep.equal([]);
        } finally {
          const proto = (win as unknown as { Object: ObjectConstructor }).Object.prototype as Record<string, unknown>;
          delete proto.en;
          delete proto.es;
        }
      }
    });
  });

  describe('9. other hosts', () => {
    it('an element moved into an iframe keeps its styles and follows that document’s lang', async () => {
      const frame = await blankFrame('another document');
      const doc = frame.contentDocument!;
      doc.documentElement.lang = 'es';
      const el = await make('haven-crisis-banner');
      doc.body.append(doc.adoptNode(el));
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('es');
      const style = frame.contentWindow!.getComputedStyle(el.shadowRoot!.querySelector('.action')!);
      expect(parseFloat(style.minBlockSize || style.minHeight)).to.be.at.least(40);
      doc.documentElement.lang = 'en';
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(base.getAttribute('lang') ?? el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    });
  });
});

void HavenRecoveryGuide;
