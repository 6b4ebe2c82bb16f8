// Hostile attribute values on every attribute of every element, and failure isolation between elements.
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { HavenWarningSigns } from '../src/warning-signs/warning-signs.js';
import { HavenCrisisBanner } from '../src/crisis-banner/crisis-banner.js';
import { HavenRecoveryGuide } from '../src/recovery-guide/recovery-guide.js';
import type { HavenElement } from '../src/core/haven-element.js';
import { HOSTILE_VALUES } from './hostile-values.js';
import { captureWarnings } from './helpers.js';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'] as const;
const SAFE_HREF = /^(tel:\+?[0-9]+(;ext=[0-9]+)?|sms:\+?[0-9]+(\?body=[\w%]*)?|https?:\/\/[^\s]+)$/;

type Pwned = Window & { __pwned?: number };

/** Attribute names an element reads, from Lit's own property declarations. */
function attributesOf(tag: string): string[] {
  const ctor = customElements.get(tag) as unknown as typeof HavenElement;
  return [...ctor.elementProperties.entries()]
    .filter(([, options]) => options.attribute !== false && !options.state)
    .map(([name, options]) => (typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase()));
}

function shadowLinks(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

/** An emergency number to tap, or (where Haven has no numbers) the words "your local emergency number". */
function crisisHelpShown(el: Element): boolean {
  const text = el.shadowRoot!.textContent ?? '';
  const links = shadowLinks(el);
  // The clinic's own number (set on every element here) does not count: it is not an emergency line.
  const emergency = links.filter((href) => href !== 'tel:+17034370001' && /^tel:\+?[0-9]+$/.test(href));
  return emergency.length > 0 || /local emergency number/.test(text);
}

describe('hostile attribute values', () => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  const original = { alert: window.alert, confirm: window.confirm, prompt: window.prompt };
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));

  before(() => {
    window.alert = (m?: unknown) => void dialogs.push(`alert ${m}`);
    window.confirm = (m?: string) => (dialogs.push(`confirm ${m}`), false);
    window.prompt = (m?: string) => (dialogs.push(`prompt ${m}`), null);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });

  after(() => {
    Object.assign(window, original);
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('has a corpus of at least 200 values', () => {
    expect(HOSTILE_VALUES.length).to.be.at.least(200);
  });

  for (const tag of TAGS) {
    it(`<${tag}>: every attribute survives every value`, async function () {
      this.timeout(180_000);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement(tag);
      el.setAttribute('clinic-phone', '(703) 437-0001');
      host.append(el);
      await elementUpdated(el);
      if (tag === 'haven-warning-signs') {
        // Hold the checklist on its crisis result, so every value is checked against its crisis numbers too.
        const crisis = [...el.shadowRoot!.querySelectorAll('label')].find((l) => /not wanting to go on/.test(l.textContent!));
        crisis!.click();
        await elementUpdated(el);
        expect(el.shadowRoot!.querySelector('[part~="result"] a[href="tel:988"]')).to.exist;
      }
      const attributes = attributesOf(tag);
      expect(attributes).to.include.members(['clinic-name', 'clinic-phone', 'region', 'emergency-number', 'hotline-url']);
      const warnings = captureWarnings();
      let cases = 0;
      try {
        for (const attribute of attributes) {
          const before = el.getAttribute(attribute);
          for (const value of HOSTILE_VALUES) {
            el.setAttribute(attribute, value);
            await (el as HavenElement).updateComplete;
            cases += 1;
            const bad = shadowLinks(el).filter((href) => !SAFE_HREF.test(href));
            if (bad.length) expect.fail(`${attribute}=${JSON.stringify(value.slice(0, 60))} made links ${bad.join(' ')}`);
            if (!crisisHelpShown(el)) {
              expect.fail(`${attribute}=${JSON.stringify(value.slice(0, 60))} hid the emergency number`);
            }
            if (el.shadowRoot!.querySelector('.failure')) {
              expect.fail(`${attribute}=${JSON.stringify(value.slice(0, 60))} made the element fail to render`);
            }
            if ((el.shadowRoot!.textContent ?? '').trim().length < 40) {
              expect.fail(`${attribute}=${JSON.stringify(value.slice(0, 60))} left the element blank`);
            }
          }
          if (before === null) el.removeAttribute(attribute);
          else el.setAttribute(attribute, before);
          await (el as HavenElement).updateComplete;
        }
      } finally {
        warnings.restore();
      }
      expect((window as Pwned).__pwned, 'an injected script ran').to.equal(undefined);
      expect(dialogs).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      expect(document.querySelector('script:not([type="module"]):not([src])'), 'a script was injected').to.equal(null);
      expect(cases).to.be.at.least(200 * 5);
    });
  }
});

class BrokenSigns extends HavenWarningSigns {
  override render(): never {
    throw new Error('test: broken content');
  }
}
class BrokenGuide extends HavenRecoveryGuide {
  override render(): never {
    throw new Error('test: broken slot content');
  }
}
/** Fails while its clinic name is "BREAK", as content with a bug might, then recovers. */
class FlakyBanner extends HavenCrisisBanner {
  override render() {
    if (this.clinicName === 'BREAK') throw new Error('test: broken until fixed');
    return super.render();
  }
}
customElements.define('test-broken-signs', BrokenSigns);
customElements.define('test-flaky-banner', FlakyBanner);
customElements.define('test-broken-guide', BrokenGuide);

describe('failure isolation', () => {
  it('an element that fails to render shows emergency help, and the others keep working', async () => {
    const originalError = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => void logged.push(args[0]);
    try {
      const host = await fixture<HTMLDivElement>(html`<div>
        <test-broken-guide clinic-phone="(703) 437-0001"></test-broken-guide>
        <haven-crisis-banner clinic-phone="(703) 437-0001"></haven-crisis-banner>
        <test-broken-signs region="FR"></test-broken-signs>
        <haven-warning-signs clinic-phone="(703) 437-0001"></haven-warning-signs>
      </div>`);
      const [guide, banner, signsFr, signs] = [...host.children] as HavenElement[];
      await Promise.all([guide, banner, signsFr, signs].map((el) => el.updateComplete));

      expect(guide.shadowRoot!.textContent).to.include('could not load');
      expect(guide.shadowRoot!.querySelector('a[href="tel:911"]')).to.exist;
      expect(guide.shadowRoot!.querySelector('a[href="tel:988"]')).to.exist;
      // Outside the US the fallback never presents a US number as local: it says so in words.
      expect(signsFr.shadowRoot!.querySelector('a[href="tel:911"]')).to.equal(null);
      expect(signsFr.shadowRoot!.textContent).to.include('local emergency number');
      await expect(guide).to.be.accessible();

      expect(banner.shadowRoot!.querySelector('a[href="tel:988"]')).to.exist;
      const crisisBox = [...signs.shadowRoot!.querySelectorAll('label')].find((l) =>
        /not wanting to go on/.test(l.textContent!),
      )!;
      crisisBox.click();
      await signs.updateComplete;
      expect(signs.shadowRoot!.querySelector('[part~="result"] a[href="tel:988"]')).to.exist;
      const failures = logged.filter((m) => String(m).includes('could not render'));
      // Each broken element reports every failed render (a later update tries again); only they fail.
      expect(failures.length).to.be.at.least(2);
      expect(failures.every((m) => /<test-broken-(guide|signs)>/.test(String(m)))).to.equal(true);
    } finally {
      console.error = originalError;
    }
  });

  it('an element that failed renders again once the problem is gone', async () => {
    const originalError = console.error;
    console.error = () => {};
    try {
      const el = await fixture<HavenElement>(html`<test-flaky-banner clinic-name="BREAK"></test-flaky-banner>`);
      expect(el.shadowRoot!.querySelector('.failure')).to.exist;
      el.setAttribute('clinic-name', 'All About Women');
      el.setAttribute('clinic-phone', '(703) 437-0001');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.failure')).to.equal(null);
      expect(el.shadowRoot!.querySelector('a[href="tel:+17034370001"]')).to.exist;
      expect(el.shadowRoot!.textContent).to.include('All About Women');
    } finally {
      console.error = originalError;
    }
  });
});
