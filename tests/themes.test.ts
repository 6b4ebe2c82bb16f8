// demo/themes.html: two clinic themes (teal, plum) made only of the documented --haven-* custom properties and
// ::parts, light and dark. Each theme must be accepted by Haven's contrast guard (not replaced by the safe palette),
// keep the emergency call red (lighter in dark mode, with dark text on it), and pass axe with an emergency result
// showing.
//
// The page's markup and stylesheet are brought into this test document, so axe runs on ordinary elements. Dark mode
// is applied by copying the rules of the stylesheet's `@media (prefers-color-scheme: dark)` block out of the media
// query: every engine, no emulation needed, and exactly the CSS a dark device would apply.
import { expect, elementUpdated } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import { captureWarnings } from './helpers.js';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];

let sheet: CSSStyleSheet;
let page: HTMLElement;

function rgb(value: string): number[] {
  return (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

/** The colour a custom property resolves to inside `scope`, as the browser computes it. */
function resolved(scope: Element, property: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${property})`;
  scope.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

const isRed = ([r, g, b]: number[]) => r > 150 && r > 2 * g && r > 2 * b;

async function rerender(scope: Element) {
  const elements = [...scope.querySelectorAll<LitElement>(TAGS.join(','))];
  for (const el of elements) el.requestUpdate();
  await Promise.all(elements.map((el) => el.updateComplete));
  return elements;
}

/** Checks "Bleeding that soaks…" so the checklist shows its emergency result and next-step bar. */
async function showEmergency(scope: Element) {
  const checklist = scope.querySelector('haven-warning-signs')!;
  const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('#sign-soaking-pads')!;
  if (!box.checked) checklist.shadowRoot!.querySelector<HTMLLabelElement>('label[for="sign-soaking-pads"]')!.click();
  await elementUpdated(checklist);
  return checklist;
}

async function checkTheme(theme: 'teal' | 'plum') {
  const scope = page.querySelector(`.theme-${theme}`)!;
  const warnings = captureWarnings();
  let elements: LitElement[];
  try {
    elements = await rerender(scope);
  } finally {
    warnings.restore();
  }
  expect(warnings.messages.filter((m) => m.includes('--haven-')), 'theme warnings').to.deep.equal([]);
  // Haven's guard accepted the theme: no element fell back to its own palette.
  for (const el of elements) expect(el.shadowRoot!.querySelector('[data-safe-colours]'), el.localName).to.equal(null);

  const banner = scope.querySelector('haven-crisis-banner')!.shadowRoot!;
  const accent = resolved(scope, '--haven-accent');
  // The contacts as shown where the banner is wide (variant="auto"): the crisis line's plain call, the emergency call.
  expect(getComputedStyle(banner.querySelector('.wide .line a[href="tel:988"]')!).color, 'brand accent on a plain action').to.equal(accent);
  const emergency = getComputedStyle(banner.querySelector('.wide a[href="tel:911"]')!);
  expect(rgb(emergency.backgroundColor), `emergency call ${emergency.backgroundColor}`).to.satisfy(isRed);
  expect(emergency.backgroundColor).to.equal(resolved(scope, '--haven-urgent'));
  expect(emergency.color).to.equal(resolved(scope, '--haven-on-urgent'));

  const checklist = await showEmergency(scope);
  const result = checklist.shadowRoot!.querySelector('[part~="result"]')!;
  expect(result.getAttribute('data-tier')).to.equal('emergency');
  expect(rgb(getComputedStyle(result).borderInlineStartColor), 'emergency result border').to.satisfy(isRed);
  expect(rgb(getComputedStyle(checklist.shadowRoot!.querySelector('[part~="tier-label"]')!).color), 'tier label').to.satisfy(isRed);

  for (const el of elements) await expect(el).to.be.accessible();
  return accent;
}

describe('demo/themes.html', () => {
  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/demo/themes.css';
    await new Promise((resolve, reject) => {
      link.onload = resolve;
      link.onerror = reject;
      document.head.append(link);
    });
    sheet = link.sheet!;
    const source = await (await fetch('/demo/themes.html')).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    // Not a fixture(): those are removed after each test, and this page serves the whole file.
    page = document.importNode(parsed.querySelector('main')!, true);
    document.body.append(page);
    await rerender(page);
  });

  after(() => page.remove());

  it('is a page with no inline script or style, loading the drop-in script', async () => {
    const source = await (await fetch('/demo/themes.html')).text();
    expect(source).not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(source).not.to.match(/\sstyle=/);
    expect(source).to.include('<script src="/dist/haven.min.js"></script>');
    // Every element keeps its no-script fallback with a number to call.
    for (const el of page.querySelectorAll(TAGS.join(','))) expect(el.querySelector('a[href^="tel:"]'), el.localName).to.exist;
  });

  it('themes only through documented custom properties', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented = new Set<string>(
      manifest.modules
        .flatMap((m: { declarations?: { tagName?: string; cssProperties?: { name: string }[] }[] }) => m.declarations ?? [])
        .filter((d: { tagName?: string }) => d.tagName)
        .flatMap((d: { cssProperties?: { name: string }[] }) => (d.cssProperties ?? []).map((p) => p.name)),
    );
    const set = new Set<string>();
    const walk = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule) walk(rule.cssRules);
        else if (rule instanceof CSSStyleRule) {
          for (const property of rule.style) if (property.startsWith('--haven-')) set.add(property);
        }
      }
    };
    walk(sheet.cssRules);
    expect(set.size).to.be.at.least(8);
    expect([...set].filter((p) => !documented.has(p)), 'not in custom-elements.json').to.deep.equal([]);
  });

  describe('light', () => {
    it('teal: accepted, emergency stays red, accessible', async () => {
      expect(await checkTheme('teal')).to.equal('rgb(14, 106, 98)');
    });
    it('plum: accepted, emergency stays red, accessible', async () => {
      expect(await checkTheme('plum')).to.equal('rgb(110, 42, 102)');
    });
  });

  describe('dark (prefers-color-scheme: dark)', () => {
    before(() => {
      const dark = [...sheet.cssRules].filter(
        (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.media.mediaText),
      );
      expect(dark).to.have.length(1);
      for (const rule of [...dark[0].cssRules]) sheet.insertRule(rule.cssText, sheet.cssRules.length);
    });

    it('teal: accepted, emergency stays red, accessible', async () => {
      expect(await checkTheme('teal')).to.equal('rgb(95, 211, 199)');
    });
    it('plum: accepted, emergency stays red, accessible', async () => {
      expect(await checkTheme('plum')).to.equal('rgb(233, 168, 224)');
    });
  });
});
