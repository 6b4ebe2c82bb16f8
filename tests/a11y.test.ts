/**
 * WCAG 2.2 AA, shown rather than assumed (issue 7): keyboard, focus, names and roles, reflow and text spacing,
 * contrast, forced colours, reduced motion, target size, and axe in states the other test files do not reach.
 *
 * Engine notes (see docs/accessibility.md):
 * - sendKeys works in all three engines (' ' rather than 'Space' for Puppeteer's BiDi keyboard in Firefox).
 * - emulateMedia only reaches Puppeteer (Chromium and Firefox) and never passes forcedColors on; each media test
 *   checks with matchMedia whether the emulation took effect and otherwise reads the element's own stylesheet.
 * - a11ySnapshot runs in Chromium only (Puppeteer's CDP accessibility tree); names are computed from the DOM everywhere.
 * - Reflow at 320 CSS px uses an iframe of that width (setViewport does not exist for WebKit's classic WebDriver).
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { SIGNS } from '../src/content/signs.js';
import type { HavenCrisisBanner } from '../src/crisis-banner/crisis-banner.js';
import type { HavenRecoveryGuide } from '../src/recovery-guide/recovery-guide.js';
import type { HavenWarningSigns } from '../src/warning-signs/warning-signs.js';
import { captureWarnings } from './helpers.js';
import { contrastOf, tryEmulate } from './page-helpers.js';

const ua = navigator.userAgent;
const ENGINE = /Firefox\//.test(ua) ? 'firefox' : /Chrom(e|ium)\//.test(ua) ? 'chromium' : 'webkit';

type HavenEl = HTMLElement & { updateComplete: Promise<unknown> };

async function mount<T extends HavenEl>(tag: string, attrs = '', before = true): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML(
    'beforeend',
    `${before ? '<button type="button" id="before">Before</button>' : ''}<${tag} ${attrs}></${tag}>`,
  );
  const el = host.querySelector(tag) as T;
  await elementUpdated(el);
  await el.updateComplete;
  return el;
}

const settle = async (el: HavenEl) => {
  await elementUpdated(el);
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(() => r(null)));
};

const text = (n: Node | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element that has focus, looking through shadow roots. */
function deepActive(doc: Document = document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

const shown = (n: Element) => n.getClientRects().length > 0;

/** Tab stops in a shadow root, in DOM order (nothing here uses a positive tabindex). */
function tabStops(root: ShadowRoot): HTMLElement[] {
  // Inside a closed <details> only the summary is a stop (Chromium still gives the hidden content boxes).
  const hidden = (n: Element) => n.localName !== 'summary' && n.closest('details:not([open])') !== null;
  return [...root.querySelectorAll<HTMLElement>('a[href], button, input, summary, [tabindex="0"]')].filter((n) => shown(n) && !hidden(n));
}

const tab = () => sendKeys({ press: 'Tab' });
// "Shift+Tab" as one key is unknown to Puppeteer: hold Shift down around the Tab. WebKit's classic WebDriver takes
// only "press", which webdriverio sends as one key action: the WebDriver codes for Shift and Tab, pressed together.
async function shiftTab() {
  if (ENGINE === 'webkit') return sendKeys({ press: '\uE008\uE004' });
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

interface Ring {
  outline: string;
  shadow: string;
}
function ring(el: Element): Ring {
  const s = getComputedStyle(el);
  return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, shadow: s.boxShadow };
}
const rgb = (v: string) => (v.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
const lum = ([r, g, b]: number[]) => {
  const c = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
};
/** Contrast of the focus outline against the first opaque background around the element (WCAG 1.4.11: 3:1). */
function ringContrast(el: Element): number {
  let node: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host ?? null);
  let bg = [255, 255, 255];
  while (node) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if ((c[3] ?? 1) >= 0.99) {
      bg = c;
      break;
    }
    node = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  }
  const a = lum(rgb(getComputedStyle(el).outlineColor));
  const b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

function expectVisibleFocus(el: Element, unfocused: Ring, what: string) {
  const now = ring(el);
  const s = getComputedStyle(el);
  const hasOutline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  expect(now.outline !== unfocused.outline || now.shadow !== unfocused.shadow, `${what}: focus changes its look`).to.equal(true);
  expect(hasOutline || (now.shadow !== 'none' && now.shadow !== unfocused.shadow), `${what}: focus ring of 2px or more`).to.equal(true);
  if (hasOutline) expect(ringContrast(el), `${what}: focus ring contrast`).to.be.at.least(3);
}

/** Tabs from the focused element through `stops`, checking order and a visible focus ring on each. */
async function tabThrough(el: HavenEl, stops: HTMLElement[], rings: Map<Element, Ring>) {
  for (const [i, stop] of stops.entries()) {
    await tab();
    const active = el.shadowRoot!.activeElement;
    // A boolean, not the elements: chai printing a shadow-DOM element can stall the browser.
    expect(active === stop, `Tab stop ${i + 1}: ${text(stop) || stop.tagName}, focus on ${active?.tagName} "${text(active)}"`).to.equal(true);
    expectVisibleFocus(stop, rings.get(stop)!, text(stop) || stop.tagName);
  }
}

function ringsOf(stops: HTMLElement[]) {
  return new Map(stops.map((s) => [s as Element, ring(s)]));
}

/** Accessible name from the DOM: aria-labelledby, aria-label, label[for], else text without aria-hidden parts. */
function accName(el: Element): string {
  const root = el.getRootNode() as ShadowRoot | Document;
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => text(root.getElementById(id))).join(' ').trim();
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  if (el.id) {
    const forLabel = root.querySelector(`label[for="${el.id}"]`);
    if (forLabel) return text(forLabel);
  }
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return text(clone);
}

/** All rules of a shadow root's stylesheets, media rules flattened with their condition. */
function rules(el: Element): { media: string; selector: string; css: string; style: CSSStyleDeclaration }[] {
  const root = el.shadowRoot!;
  const sheets = [...(root.adoptedStyleSheets ?? []), ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  const out: { media: string; selector: string; css: string; style: CSSStyleDeclaration }[] = [];
  const walk = (list: CSSRuleList, media: string) => {
    for (const rule of list) {
      if (rule instanceof CSSMediaRule) walk(rule.cssRules, rule.conditionText ?? rule.media.mediaText);
      else if (rule instanceof CSSStyleRule) out.push({ media, selector: rule.selectorText, css: rule.cssText, style: rule.style });
    }
  };
  for (const sheet of sheets) walk(sheet.cssRules, '');
  return out;
}
function mediaRule(el: Element, media: RegExp, selector: string) {
  return rules(el).find((r) => media.test(r.media) && r.selector.split(',').map((s) => s.trim()).includes(selector));
}

describe('accessibility (WCAG 2.2 AA)', () => {
  describe('1. keyboard only', () => {
    it('banner (compact): Tab to each contact and the toggle, Enter/Space to open and close, every stop in order', async () => {
      const el = await mount<HavenCrisisBanner>('haven-crisis-banner', 'variant="compact" clinic-phone="(703) 437-0001"');
      const root = el.shadowRoot!;
      (document.getElementById('before') as HTMLButtonElement).focus();
      const closed = tabStops(root);
      expect(closed.map(accName)).to.deep.equal(['Call 911', 'Call 988', 'More ways to get help']);
      await tabThrough(el, closed, ringsOf(closed));
      const toggle = root.querySelector<HTMLButtonElement>('.toggle')!;
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(root.activeElement, 'focus stays on the toggle after Enter').to.equal(toggle);
      // Every contact in the details, in order, then out of the element.
      const open = tabStops(root).slice(closed.length);
      expect(open.length).to.be.greaterThan(4);
      await tabThrough(el, open, ringsOf(open));
      // Back to the toggle with Shift+Tab, and Space closes it.
      for (let i = 0; i < open.length; i++) await shiftTab();
      expect(root.activeElement === toggle, `back on the toggle, not ${root.activeElement?.tagName} "${text(root.activeElement)}"`).to.equal(true);
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActive(), 'focus is not lost when the details close').to.equal(toggle);
    });

    it('checklist: every checkbox, Clear, the next-step bar and the result link, in order; focus survives Clear', async () => {
      const el = await mount<HavenWarningSigns>('haven-warning-signs', 'clinic-phone="(703) 437-0001"');
      const root = el.shadowRoot!;
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
      expect(boxes).to.have.length(SIGNS.length);
      const rings = ringsOf(tabStops(root));
      (document.getElementById('before') as HTMLButtonElement).focus();

      await tab();
      expect(root.activeElement).to.equal(boxes[0]);
      expectVisibleFocus(boxes[0], rings.get(boxes[0])!, 'first checkbox');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(boxes[0].checked).to.equal(true);
      await tabThrough(el, boxes.slice(1), rings);
      // The last checkbox too, with Space on and off.
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(boxes[boxes.length - 1].checked).to.equal(true);
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(boxes[boxes.length - 1].checked).to.equal(false);

      const clear = root.querySelector<HTMLButtonElement>('.clear')!;
      await tab();
      expect(root.activeElement).to.equal(clear);
      expectVisibleFocus(clear, rings.get(clear)!, 'Clear');

      // Emergency: the bar's call and "What to do" come next, then the result's own link.
      const bar = root.querySelector<HTMLElement>('[part~="next-bar"]');
      const result = root.querySelector<HTMLElement>('[part~="result"]')!;
      const after = tabStops(root).filter((n) => n.compareDocumentPosition(clear) & Node.DOCUMENT_POSITION_PRECEDING);
      expect(bar, 'the next-step bar shows for an emergency').to.exist;
      if (bar) {
        const barStops = after.filter((n) => bar.contains(n));
        expect(barStops.map(text)).to.deep.equal(['Call 911', 'What to do']);
        await tabThrough(el, barStops, ringsOf(barStops));
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(root.activeElement?.id, '"What to do" moves focus to "Your next step"').to.equal('result-heading');
      }
      await tab();
      const first = root.activeElement as HTMLAnchorElement;
      expect(result.contains(first), 'Tab reaches the result').to.equal(true);
      expect(text(first)).to.equal('Call 911');
      expect(ring(first).outline).to.match(/solid/);

      // Back to Clear with Shift+Tab and press it with Enter: focus goes to the first checkbox, never to <body>.
      for (let i = 0; i < 6 && root.activeElement !== clear; i++) await shiftTab();
      expect(root.activeElement).to.equal(clear);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(boxes.every((b) => !b.checked)).to.equal(true);
      expect(deepActive()).to.not.equal(document.body);
      expect(root.activeElement, 'Clear moves focus to the first checkbox').to.equal(boxes[0]);
    });

    it('guide (steps): print, contents, section links, Previous/Next and Sources in order; focus kept at both ends', async () => {
      const el = await mount<HavenRecoveryGuide>('haven-recovery-guide', 'layout="steps" clinic-phone="(703) 437-0001"');
      await settle(el);
      const root = el.shadowRoot!;
      const stops = tabStops(root);
      const parts = stops.map((s) => s.getAttribute('part') ?? s.tagName.toLowerCase());
      expect(parts[0]).to.equal('print-button');
      expect(parts.slice(1, 7)).to.deep.equal(Array(6).fill('contents-link'));
      expect(parts.slice(-3)).to.deep.equal(['previous', 'next', 'summary']);
      (document.getElementById('before') as HTMLButtonElement).focus();
      await tabThrough(el, stops, ringsOf(stops));

      // Sources: Enter opens the summary's details.
      const summary = root.querySelector('summary')!;
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(summary.parentElement!.hasAttribute('open'), 'Enter opens Sources').to.equal(true);

      // Previous at the first section: nothing moves, focus stays on the button.
      const previous = root.querySelector<HTMLButtonElement>('[part~="previous"]')!;
      const next = root.querySelector<HTMLButtonElement>('[part~="next"]')!;
      for (let i = 0; i < 3 && root.activeElement !== previous; i++) await shiftTab();
      expect(root.activeElement).to.equal(previous);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(root.querySelector('[part~="progress"]'))).to.match(/^Section 1 of 6/);
      expect(deepActive()).to.equal(previous);

      // Next with Enter: focus moves to the new section's heading.
      await tab();
      expect(root.activeElement).to.equal(next);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(root.querySelector('[part~="progress"]'))).to.match(/^Section 2 of 6/);
      expect(root.activeElement?.getAttribute('part')).to.equal('section-heading');

      // The last contents entry with Enter, then Next at the last section: focus stays on Next.
      (document.getElementById('before') as HTMLButtonElement).focus();
      await tab();
      const entries = [...root.querySelectorAll<HTMLButtonElement>('[part~="contents-link"]')];
      for (let i = 0; i < entries.length && root.activeElement !== entries[entries.length - 1]; i++) await tab();
      expect(root.activeElement).to.equal(entries[entries.length - 1]);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(root.querySelector('[part~="progress"]'))).to.match(/^Section 6 of 6/);
      expect(root.activeElement?.getAttribute('part')).to.equal('section-heading');
      for (let i = 0; i < 30 && root.activeElement !== next; i++) await tab();
      expect(root.activeElement).to.equal(next);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(text(root.querySelector('[part~="progress"]'))).to.match(/^Section 6 of 6/);
      expect(deepActive(), 'focus is not lost at the last section').to.equal(next);
    });
  });

  describe('2. names and roles', () => {
    it('each element is a landmark labelled by its visible heading', async () => {
      const cases: [string, string, string][] = [
        ['haven-crisis-banner', 'aside', 'Need help right now?'],
        ['haven-warning-signs', 'section', 'Warning signs after a miscarriage'],
        ['haven-recovery-guide', 'section', ''],
      ];
      for (const [tag, landmark, name] of cases) {
        const el = await mount<HavenEl>(tag, '', false);
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect(base.localName, tag).to.equal(landmark);
        expect(base.getAttribute('role'), tag).to.equal(null);
        const computed = accName(base);
        expect(computed, `${tag} landmark name`).to.not.equal('');
        if (name) expect(computed).to.equal(name);
      }
    });

    it('every checkbox has its sign as label, and the result is a polite status', async () => {
      const el = await mount<HavenWarningSigns>('haven-warning-signs', '', false);
      for (const box of el.shadowRoot!.querySelectorAll('input[type="checkbox"]')) {
        const name = accName(box);
        expect(name.length, box.id).to.be.greaterThan(5);
        expect(box.closest('fieldset')!.querySelector('legend')!.textContent!.trim()).to.not.equal('');
      }
      // One live region, there from the start: the result's summary line (role="status" is polite by definition).
      const live = el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]');
      expect(live).to.have.length(1);
      expect(live[0].getAttribute('role')).to.equal('status');
      expect(el.shadowRoot!.querySelector('[part~="result"]')!.contains(live[0])).to.equal(true);
    });

    it('every contact link says what it does ("Call 988", "Text 988", "Chat online…"), never just a number', async () => {
      const warnings = captureWarnings();
      try {
        for (const [tag, attrs] of [
          ['haven-crisis-banner', 'clinic-phone="(703) 437-0001"'],
          ['haven-crisis-banner', 'region="GB" clinic-phone="01632 960 123"'],
          ['haven-crisis-banner', 'region="FR"'],
          ['haven-recovery-guide', 'clinic-phone="(703) 437-0001"'],
        ]) {
          const el = await mount<HavenEl>(tag, attrs, false);
          await settle(el);
          const names = [...el.shadowRoot!.querySelectorAll('a')].map(accName);
          expect(names.length, `${tag} ${attrs}`).to.be.greaterThan(0);
          for (const name of names) {
            expect(name, `${tag} ${attrs}`).to.match(/^(Call|Text|Chat|Find a helpline)\b/);
            expect(name).to.not.match(/^[\d\s()+-]+$/);
          }
          if (!attrs.includes('region')) {
            expect(names).to.include.members(['Call 911', 'Call 988', 'Text 988']);
            expect(names.some((n) => /^Chat online\b.*988.*new tab/i.test(n)), names.join(' | ')).to.equal(true);
          }
        }
      } finally {
        warnings.restore();
      }
    });

    it('Chromium accessibility tree: complementary, regions, checkboxes, links and a status', async function () {
      if (ENGINE !== 'chromium') {
        // a11ySnapshot needs Puppeteer's CDP accessibility tree; the DOM-computed names above cover other engines.
        this.skip();
      }
      const host = await fixture<HTMLDivElement>(html`<div id="tree">
        <haven-crisis-banner></haven-crisis-banner><haven-warning-signs></haven-warning-signs>
      </div>`);
      for (const el of host.children) await (el as HavenEl).updateComplete;
      type Node = { role: string; name?: string; children?: Node[] };
      const snap = (await a11ySnapshot({})) as unknown as Node;
      const all: Node[] = [];
      const walk = (n: Node) => {
        all.push(n);
        n.children?.forEach(walk);
      };
      walk(snap);
      const has = (role: string, name?: string | RegExp) =>
        all.some((n) => n.role === role && (name === undefined || (typeof name === 'string' ? n.name === name : name.test(n.name ?? ''))));
      expect(has('complementary', 'Need help right now?'), 'complementary').to.equal(true);
      expect(has('region', 'Warning signs after a miscarriage'), 'region').to.equal(true);
      expect(has('link', 'Call 988'), 'link Call 988').to.equal(true);
      expect(has('link', 'Text 988'), 'link Text 988').to.equal(true);
      expect(has('link', /^Chat online/), 'chat link').to.equal(true);
      expect(all.filter((n) => n.role === 'checkbox').length).to.equal(SIGNS.length);
      expect(all.filter((n) => n.role === 'checkbox').every((n) => (n.name ?? '').length > 5)).to.equal(true);
      expect(has('status'), 'status').to.equal(true);
    });
  });

  describe('3. low vision', () => {
    /** The narrow fixture page in an iframe 320 CSS px wide. */
    async function narrow() {
      const frame = await fixture<HTMLIFrameElement>(
        html`<iframe title="320px page" width="320" height="800" style="border:0"></iframe>`,
      );
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = '/tests/fixtures/a11y-narrow.html';
      });
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const tags = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];
      await Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
      const els = [...doc.querySelectorAll<HavenEl>(tags.join(','))];
      await Promise.all(els.map((e) => e.updateComplete));
      // An emergency result with the bar, and the compact banner open: the widest states.
      const signs = doc.querySelector<HavenEl>('haven-warning-signs')!;
      for (const id of ['soaking-pads', 'plan-to-act']) signs.shadowRoot!.querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
      els[1].shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await Promise.all(els.map((e) => e.updateComplete));
      await new Promise((r) => win.requestAnimationFrame(() => r(null)));
      return { frame, win, doc, els, signs };
    }

    function overflowProblems(doc: Document, els: HavenEl[]) {
      const width = doc.documentElement.clientWidth;
      const problems: string[] = [];
      for (const host of els) {
        for (const n of host.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (n.closest('.visually-hidden') || !shown(n) || n.localName === 'style') continue;
          const r = n.getBoundingClientRect();
          const label = `${host.localName} ${n.localName}.${n.className} "${text(n).slice(0, 30)}"`;
          if (r.left < -0.5 || r.right > width + 0.5) problems.push(`${label} spans ${r.left.toFixed(1)}–${r.right.toFixed(1)}`);
          const s = doc.defaultView!.getComputedStyle(n);
          if (s.overflowX !== 'visible' && n.scrollWidth > n.clientWidth + 1) problems.push(`${label} clips its content`);
        }
      }
      return problems;
    }

    function applyTextSpacing(win: Window & typeof globalThis, els: HavenEl[]) {
      for (const el of els) {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
          p { margin-block-end: 2em !important; }`);
        el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
      }
    }

    it('reflows at 320 CSS px: no horizontal scroll, nothing clipped', async () => {
      const { doc, els } = await narrow();
      expect(doc.documentElement.clientWidth).to.be.at.most(320);
      expect(doc.documentElement.scrollWidth, 'page scrollWidth').to.be.at.most(doc.documentElement.clientWidth);
      expect(overflowProblems(doc, els)).to.deep.equal([]);
    });

    it('keeps working with WCAG 1.4.12 text spacing at 320 CSS px; checklist labels never overlap', async () => {
      const { win, doc, els, signs } = await narrow();
      applyTextSpacing(win, els);
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => r(null))));
      const probe = signs.shadowRoot!.querySelector('label')!;
      expect(win.getComputedStyle(probe).letterSpacing, 'the override applied').to.not.equal('normal');
      expect(doc.documentElement.scrollWidth, 'page scrollWidth').to.be.at.most(doc.documentElement.clientWidth);
      expect(overflowProblems(doc, els)).to.deep.equal([]);
      const boxes = [...signs.shadowRoot!.querySelectorAll('label, input[type="checkbox"]')].map((n) => ({
        id: `${n.localName}#${n.id || n.getAttribute('for')}`,
        r: n.getBoundingClientRect(),
      }));
      const overlaps: string[] = [];
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 0.5 && y > 0.5) overlaps.push(`${a.id} × ${b.id}`);
        }
      }
      expect(overlaps).to.deep.equal([]);
    });

    it('urgency colours reach 4.5:1 and every tier is named in words', async () => {
      const banner = await mount<HavenCrisisBanner>('haven-crisis-banner', 'variant="full"', false);
      const guide = await mount<HavenRecoveryGuide>('haven-recovery-guide', '', false);
      const el = await mount<HavenWarningSigns>('haven-warning-signs', '', false);
      const br = banner.shadowRoot!;
      const gr = guide.shadowRoot!;
      const checks: [string, Element | null][] = [
        ['banner emergency call', br.querySelector('.emergency a.action.urgent')],
        ['banner emergency text', br.querySelector('.emergency p')],
        ['guide emergency signs', gr.querySelector('.signs.emergency li')],
        ['guide emergency signs heading', gr.querySelector('.signs.emergency [part~="signs-heading"]')],
        ['guide crisis-now', gr.querySelector('.crisis-now strong')],
      ];
      const root = el.shadowRoot!;
      const tiers = ['emergency', 'crisis', 'now', 'today', 'follow-up', 'expected'] as const;
      for (const tier of tiers) {
        const sign = SIGNS.find((s) => s.tier === tier)!;
        const box = root.querySelector<HTMLInputElement>(`#sign-${sign.id}`)!;
        box.click();
        await settle(el);
        const label = root.querySelector('[part~="tier-label"]')!;
        expect(root.querySelector('[part~="result"]')!.getAttribute('data-tier')).to.equal(tier);
        expect(text(label), `${tier} label in words`).to.match(/^\p{L}[\p{L} ]*:$/u);
        expect(contrastOf(label), `${tier} tier label`).to.be.at.least(4.5);
        if (tier === 'emergency' || tier === 'crisis' || tier === 'now') {
          const bar = root.querySelector('[part~="next-bar"]');
          expect(bar, `${tier} next-step bar`).to.exist;
          if (bar) {
            expect(text(bar.querySelector('.bar-label'))).to.equal(text(label));
            expect(contrastOf(bar.querySelector('.bar-label')!), `${tier} bar label`).to.be.at.least(4.5);
            for (const a of bar.querySelectorAll('a')) expect(contrastOf(a), `${tier} bar link`).to.be.at.least(4.5);
          }
          for (const a of root.querySelectorAll('[part~="result"] a.urgent')) expect(contrastOf(a), `${tier} urgent link`).to.be.at.least(4.5);
          expect(contrastOf(root.querySelector('[part~="result"] .summary')!), `${tier} summary`).to.be.at.least(4.5);
        }
        box.click();
        await settle(el);
      }
      for (const [what, node] of checks) {
        expect(node, what).to.exist;
        expect(contrastOf(node!), what).to.be.at.least(4.5);
      }
    });

    it('forced colours keep borders and focus rings on buttons, contacts and the result', async () => {
      const features = (value: string) => [{ name: 'forced-colors', value }];
      const emulated = await executeServerCommand<boolean, unknown>('haven-media-features', features('active')).catch(() => false);
      const active = (emulated && matchMedia('(forced-colors: active)').matches) ||
        (await tryEmulate({ forcedColors: 'active' } as never, '(forced-colors: active)'));
      console.log(`[a11y ${ENGINE}] forced colours: ${active ? 'emulated, computed borders' : 'stylesheet rules'}`);
      const banner = await mount<HavenCrisisBanner>('haven-crisis-banner', 'variant="compact"');
      const el = await mount<HavenWarningSigns>('haven-warning-signs', '', false);
      const guide = await mount<HavenRecoveryGuide>('haven-recovery-guide', 'layout="steps"', false);
      try {
        if (active) {
          for (const n of [
            banner.shadowRoot!.querySelector('.toggle')!,
            banner.shadowRoot!.querySelector('a.action')!,
            el.shadowRoot!.querySelector('.clear')!,
            el.shadowRoot!.querySelector('[part~="result"]')!,
            guide.shadowRoot!.querySelector('[part~="next"]')!,
          ]) {
            expect(getComputedStyle(n).borderTopStyle, n.className).to.not.equal('none');
          }
          // Rendered for real: the focus ring is drawn, and an urgent result still says its tier in words and keeps
          // a border (forced colours flatten the red, so the words and the border carry the meaning).
          (document.getElementById('before') as HTMLButtonElement).focus();
          await sendKeys({ press: 'Tab' });
          const focused = banner.shadowRoot!.activeElement;
          expect(focused, 'Tab reaches the banner').to.exist;
          const ring = getComputedStyle(focused!);
          expect(ring.outlineStyle, 'focus ring in forced colours').to.not.equal('none');
          el.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!.click();
          await settle(el);
          const result = el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!;
          expect(result.textContent).to.include('Emergency:');
          expect(getComputedStyle(result).borderTopWidth).to.not.equal('0px');
        } else {
          // No forced-colours emulation in this engine through web-test-runner: read the rules themselves.
          const forced = /forced-colors:\s*active/;
          for (const [host, selector] of [
            [banner, '.action'],
            [banner, '.button'],
            [banner, 'button:focus-visible'],
            [banner, '.banner'],
            [el, '.result'],
            [el, '.next-bar'],
            [el, 'input:focus-visible'],
            [guide, '.button[aria-disabled="true"]'],
            [guide, 'summary:focus-visible'],
          ] as const) {
            expect(mediaRule(host, forced, selector), `${host.localName} @media (forced-colors: active) ${selector}`).to.exist;
          }
        }
      } finally {
        if (active) {
          await executeServerCommand('haven-media-features', features('none')).catch(() => undefined);
          await emulateMedia({ forcedColors: 'none' } as never).catch(() => undefined);
        }
      }
    });
  });

  describe('4. motion and targets', () => {
    it('reduced motion: the banner chevron does not animate', async () => {
      const emulated = await tryEmulate({ reducedMotion: 'reduce' }, '(prefers-reduced-motion: reduce)');
      console.log(`[a11y ${ENGINE}] reduced motion: ${emulated ? 'emulated, computed durations' : 'stylesheet rule'}`);
      try {
        const el = await mount<HavenCrisisBanner>('haven-crisis-banner', 'variant="compact"', false);
        const chevron = el.shadowRoot!.querySelector('.chevron')!;
        if (emulated) {
          const s = getComputedStyle(chevron);
          expect(s.transitionDuration.split(',').every((d) => parseFloat(d) === 0), s.transitionDuration).to.equal(true);
          expect(s.animationDuration.split(',').every((d) => parseFloat(d) === 0), s.animationDuration).to.equal(true);
        } else {
          const rule = mediaRule(el, /prefers-reduced-motion:\s*reduce/, '*');
          expect(rule, '@media (prefers-reduced-motion: reduce) *').to.exist;
          // Read the longhands: WebKit serialises "animation: none" in cssText as "animation: auto".
          const st = rule!.style;
          expect(st.getPropertyValue('transition-property'), rule!.css).to.equal('none');
          expect(st.getPropertyPriority('transition-property')).to.equal('important');
          expect(st.getPropertyValue('animation-name'), rule!.css).to.equal('none');
          expect(st.getPropertyPriority('animation-name')).to.equal('important');
          // Without the preference the chevron does move; with it, the rule above wins.
          expect(getComputedStyle(chevron).transitionDuration).to.not.equal('0s');
        }
      } finally {
        if (emulated) await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('every pointer target is at least 24 by 24 CSS px, or spaced as WCAG 2.5.8 allows', async () => {
      const warnings = captureWarnings();
      const host = await fixture<HTMLDivElement>(html`<div style="max-width: 40rem">
        <haven-crisis-banner clinic-phone="(703) 437-0001"></haven-crisis-banner>
        <haven-crisis-banner variant="compact" region="FR"></haven-crisis-banner>
        <haven-warning-signs clinic-phone="(703) 437-0001"></haven-warning-signs>
        <haven-recovery-guide clinic-phone="(703) 437-0001"></haven-recovery-guide>
      </div>`);
      warnings.restore();
      const els = [...host.children] as HavenEl[];
      for (const e of els) await e.updateComplete;
      const signs = els[2];
      signs.shadowRoot!.querySelector<HTMLInputElement>('#sign-soaking-pads')!.click();
      await settle(signs);
      const targets: { what: string; r: DOMRect }[] = [];
      for (const e of els) {
        for (const n of e.shadowRoot!.querySelectorAll('a[href], button, input[type="checkbox"], label, summary')) {
          if (!shown(n)) continue;
          // A checkbox and its label are one target: the label's box counts for the box too.
          targets.push({ what: `${e.localName} ${n.localName} "${accName(n).slice(0, 40)}"`, r: n.getBoundingClientRect() });
        }
      }
      const small = targets.filter((t) => t.r.width < 24 || t.r.height < 24);
      const failures: string[] = [];
      for (const t of small) {
        // Spacing exception: a 24px circle on the target's centre must not touch another target or its circle.
        const cx = t.r.left + t.r.width / 2;
        const cy = t.r.top + t.r.height / 2;
        const clash = targets.some((o) => {
          if (o === t) return false;
          const dx = Math.max(o.r.left - cx, 0, cx - o.r.right);
          const dy = Math.max(o.r.top - cy, 0, cy - o.r.bottom);
          if (Math.hypot(dx, dy) < 12) return true;
          const small2 = o.r.width < 24 || o.r.height < 24;
          return small2 && Math.hypot(cx - (o.r.left + o.r.width / 2), cy - (o.r.top + o.r.height / 2)) < 24;
        });
        if (clash) failures.push(`${t.what} ${t.r.width.toFixed(1)}×${t.r.height.toFixed(1)}`);
      }
      if (small.length) console.log(`[a11y ${ENGINE}] under 24px but spaced: ${small.map((t) => t.what).join('; ')}`);
      expect(failures, 'targets under 24px without spacing').to.deep.equal([]);
    });
  });

  describe('5. axe in states the other tests do not reach', () => {
    it('banner, compact, opened', async () => {
      const el = await mount<HavenCrisisBanner>('haven-crisis-banner', 'variant="compact" clinic-phone="(703) 437-0001"', false);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('banner, compact, opened, in a region without data', async () => {
      const warnings = captureWarnings();
      const el = await mount<HavenCrisisBanner>('haven-crisis-banner', 'variant="compact" region="FR"', false);
      warnings.restore();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('checklist, every sign checked at once (the longest result, with the bar)', async () => {
      const el = await mount<HavenWarningSigns>('haven-warning-signs', 'clinic-phone="(703) 437-0001"', false);
      for (const box of el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="next-bar"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('checklist, emergency from the body and the feelings at once, in a region without data', async () => {
      const warnings = captureWarnings();
      const el = await mount<HavenWarningSigns>('haven-warning-signs', 'region="FR"', false);
      warnings.restore();
      for (const id of ['soaking-pads', 'plan-to-act']) el.shadowRoot!.querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('guide, steps, at the last section', async () => {
      const el = await mount<HavenRecoveryGuide>('haven-recovery-guide', 'layout="steps" clinic-phone="(703) 437-0001"', false);
      await settle(el);
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="contents-link"]')[5].click();
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part~="next"]')!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('guide, page, with Sources open', async () => {
      const el = await mount<HavenRecoveryGuide>('haven-recovery-guide', '', false);
      await settle(el);
      el.shadowRoot!.querySelector('details')!.open = true;
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });
  describe('6. axe in Spanish: every element, layout, variant and checklist tier', () => {
    it('banner, full and compact (closed and opened), lang="es"', async () => {
      const full = await mount<HavenCrisisBanner>('haven-crisis-banner', 'lang="es" clinic-phone="(703) 437-0001"', false);
      await expect(full).to.be.accessible();
      const compact = await mount<HavenCrisisBanner>('haven-crisis-banner', 'lang="es" variant="compact" region="GB"', false);
      await expect(compact).to.be.accessible();
      compact.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
      await settle(compact);
      await expect(compact).to.be.accessible();
    });

    const tiers: [string, string[]][] = [
      ['nothing checked', []],
      ['emergency', ['soaking-pads']],
      ['crisis', ['thoughts-of-self-harm']],
      ['today', ['fever']],
      ['follow-up', ['no-period']],
      ['expected', ['cramping', 'mood-swings']],
      ['every sign', SIGNS.map((sign) => sign.id)],
    ];
    for (const [name, ids] of tiers) {
      it(`checklist, lang="es", ${name}`, async () => {
        const el = await mount<HavenWarningSigns>('haven-warning-signs', 'lang="es" clinic-phone="(703) 437-0001"', false);
        for (const id of ids) el.shadowRoot!.querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
        await settle(el);
        if (ids.length) expect(el.shadowRoot!.querySelector('[part~="result"]')!.getAttribute('data-tier')).to.be.a('string');
        await expect(el).to.be.accessible();
      });
    }

    it('guide, page with Sources open, lang="es"', async () => {
      const el = await mount<HavenRecoveryGuide>('haven-recovery-guide', 'lang="es" clinic-phone="(703) 437-0001"', false);
      el.shadowRoot!.querySelector('details')!.open = true;
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('guide, steps, first and last section, lang="es"', async () => {
      const el = await mount<HavenRecoveryGuide>('haven-recovery-guide', 'lang="es" layout="steps"', false);
      await settle(el);
      await expect(el).to.be.accessible();
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="contents-link"]')[5].click();
      await settle(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('7. a clinic theme that would break contrast', () => {
    it('falls back to the safe colours, warns naming the property, and passes axe', async () => {
      const warnings = captureWarnings();
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      host.style.setProperty('--haven-accent', '#8fd3da');
      host.style.setProperty('--haven-urgent', 'pink');
      host.insertAdjacentHTML('beforeend', '<haven-warning-signs></haven-warning-signs>');
      const el = host.querySelector('haven-warning-signs') as HavenWarningSigns;
      await settle(el);
      el.shadowRoot!.querySelector<HTMLInputElement>('#sign-soaking-pads')!.click();
      await settle(el);
      warnings.restore();
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('data-safe-colours')).to.equal(true);
      expect(warnings.messages.some((m) => m.includes('--haven-accent') && m.includes('4.5:1'))).to.equal(true);
      for (const a of el.shadowRoot!.querySelectorAll('a')) expect(contrastOf(a), a.textContent!).to.be.at.least(4.5);
      await expect(el).to.be.accessible();
    });
  });
});
