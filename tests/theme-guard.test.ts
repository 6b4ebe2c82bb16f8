/**
 * The theme guard: a clinic's --haven-* colours are used as long as every pairing stays readable; otherwise the
 * element switches to Haven's safe palette and warns, naming the custom property.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { PALETTE, contrast, themeProblem } from '../src/core/theme-guard.js';
import { captureWarnings, nextFrame } from './helpers.js';

async function themed(vars: Record<string, string>, tag = 'haven-crisis-banner') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(vars)) host.style.setProperty(name, value);
  const warnings = captureWarnings();
  host.insertAdjacentHTML('beforeend', `<${tag}></${tag}>`);
  const el = host.querySelector(tag) as HTMLElement;
  await elementUpdated(el);
  await nextFrame();
  warnings.restore();
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  return { el, base, host, warnings: warnings.messages };
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe('theme guard', () => {
  it('contrast() gives the WCAG ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.be.closeTo(21, 0.01);
    expect(contrast([255, 255, 255], [255, 255, 255])).to.equal(1);
    expect(contrast(rgb('#767676'), [255, 255, 255])).to.be.closeTo(4.54, 0.01);
  });

  it('Haven’s own palette passes every pairing (and is what the stylesheet falls back to)', async () => {
    const { base, warnings } = await themed(
      Object.fromEntries(Object.entries(PALETTE).map(([token, value]) => [`--haven-${token}`, value])),
    );
    expect(base.hasAttribute('data-safe-colours')).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('no theme: nothing to check, no warning', async () => {
    const { el, base, warnings } = await themed({});
    expect(themeProblem(el, el.shadowRoot!, base)).to.equal(undefined);
    expect(base.hasAttribute('data-safe-colours')).to.equal(false);
    expect(warnings).to.deep.equal([]);
  });

  it('a readable brand theme is kept as the clinic set it', async () => {
    const { el, base, warnings } = await themed({ '--haven-accent': '#5b2a6e', '--haven-surface': '#fbf8fc' });
    expect(base.hasAttribute('data-safe-colours')).to.equal(false);
    expect(warnings).to.deep.equal([]);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="hotline-link"]')!).color).to.equal('rgb(91, 42, 110)');
  });

  it('a pale accent on white gives way to the safe palette and names --haven-accent', async () => {
    const { el, base, warnings } = await themed({ '--haven-accent': '#8fd3da' });
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('--haven-accent').and.include('below 4.5:1');
    const [r, g, b] = rgb(PALETTE.accent);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="hotline-link"]')!).color).to.equal(`rgb(${r}, ${g}, ${b})`);
  });

  it('a dark surface that the default text cannot be read on names --haven-surface', async () => {
    const { base, warnings } = await themed({ '--haven-surface': '#202020' });
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
    expect(warnings[0]).to.include('--haven-surface');
  });

  it('a full dark theme that pairs well is kept, with --haven-on-urgent for the urgent button', async () => {
    const { base, warnings } = await themed({
      '--haven-surface': '#14181c',
      '--haven-text': '#eef2f5',
      '--haven-accent': '#7fd4dc',
      '--haven-urgent': '#ff9b9b',
      '--haven-on-urgent': '#1a0a0a',
      '--haven-urgent-surface': '#2a1416',
      '--haven-focus': '#ffd166',
    });
    expect(warnings).to.deep.equal([]);
    expect(base.hasAttribute('data-safe-colours')).to.equal(false);
  });

  it('the same dark theme without --haven-on-urgent fails on white text on the urgent button', async () => {
    const { base, warnings } = await themed({
      '--haven-surface': '#14181c',
      '--haven-text': '#eef2f5',
      '--haven-accent': '#7fd4dc',
      '--haven-urgent': '#ff9b9b',
      '--haven-urgent-surface': '#2a1416',
      '--haven-focus': '#ffd166',
    });
    expect(warnings.join(' ')).to.include('--haven-on-urgent on --haven-urgent');
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
  });

  it('a transparent surface is judged over the page’s own background', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.style.background = '#111111';
    const inner = document.createElement('div');
    host.append(inner);
    inner.style.setProperty('--haven-surface', 'transparent');
    const warnings = captureWarnings();
    inner.insertAdjacentHTML('beforeend', '<haven-crisis-banner></haven-crisis-banner>');
    const el = inner.firstElementChild as HTMLElement;
    await elementUpdated(el);
    await nextFrame();
    warnings.restore();
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('data-safe-colours')).to.equal(true);
    expect(warnings.messages[0]).to.include('--haven-surface');
  });

  it('currentcolor is measured as the colour it resolves to (white text on a white surface fails)', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.style.color = '#ffffff';
    host.style.setProperty('--haven-text', 'currentcolor');
    const warnings = captureWarnings();
    host.insertAdjacentHTML('beforeend', '<haven-crisis-banner></haven-crisis-banner>');
    const el = host.firstElementChild as HTMLElement;
    await elementUpdated(el);
    await nextFrame();
    warnings.restore();
    expect(el.shadowRoot!.querySelector('[part~="base"]')!.hasAttribute('data-safe-colours')).to.equal(true);
    expect(warnings.messages[0]).to.include('--haven-text');
  });

  it('a class-based dark mode switched after load is checked again (a class on <html> or <body>)', async () => {
    const { el, base } = await themed({});
    expect(base.hasAttribute('data-safe-colours')).to.equal(false);
    // The page's own dark mode: a class on <html> that sets a surface the default text cannot be read on.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('html.dark haven-crisis-banner { --haven-surface: #101418; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const warnings = captureWarnings();
    try {
      document.documentElement.classList.add('dark');
      await new Promise((resolve) => setTimeout(resolve));
      await nextFrame();
      expect(base.hasAttribute('data-safe-colours')).to.equal(true);
      expect(warnings.messages.join(' ')).to.include('--haven-surface');
      document.body.classList.add('x');
      document.documentElement.classList.remove('dark');
      await new Promise((resolve) => setTimeout(resolve));
      await nextFrame();
      expect(base.hasAttribute('data-safe-colours')).to.equal(false);
    } finally {
      warnings.restore();
      document.body.classList.remove('x');
      document.documentElement.classList.remove('dark');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
    void el;
  });

  it('a see-through surface hides no button text: the primary and urgent calls stay readable', async () => {
    for (const surface of ['transparent', 'rgb(255 255 255 / 0.1)']) {
      const { el, base, warnings } = await themed({ '--haven-surface': surface }, 'haven-warning-signs');
      el.shadowRoot!.querySelector<HTMLInputElement>('#sign-thoughts-of-self-harm')!.click();
      await elementUpdated(el);
      await nextFrame();
      expect(base.hasAttribute('data-safe-colours'), surface).to.equal(true);
      expect(warnings.join(' '), surface).to.include('--haven-surface');
      const call = el.shadowRoot!.querySelector<HTMLElement>('.action.urgent')!;
      const style = getComputedStyle(call);
      expect(style.color, surface).to.equal('rgb(255, 255, 255)');
      expect(style.backgroundColor, surface).to.equal('rgb(164, 22, 26)');
    }
  });

  it('a page’s ::part() colours are measured as drawn, and cannot hide a number even with !important', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('haven-crisis-banner.parted::part(call) { color: #eeeeee !important; background: #ffffff !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const warnings = captureWarnings();
      host.insertAdjacentHTML('beforeend', '<haven-crisis-banner class="parted"></haven-crisis-banner>');
      const el = host.firstElementChild as HTMLElement;
      await elementUpdated(el);
      await nextFrame();
      warnings.restore();
      // A page rule that hides a number shuts the page's part rules out: the parts are set aside while it applies.
      const base = el.shadowRoot!.querySelector('[data-haven-part~="base"]')!;
      expect(base.hasAttribute('data-safe-colours')).to.equal(true);
      expect(warnings.messages.join(' ')).to.match(/theme: the text of "Call 911" \(part "action call"\)/);
      expect(el.shadowRoot!.querySelector('[part]')).to.equal(null);
      for (const call of el.shadowRoot!.querySelectorAll<HTMLElement>('[data-haven-part~="call"]')) {
        expect(getComputedStyle(call).color, call.textContent!).not.to.equal('rgb(238, 238, 238)');
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('a route inside a closed disclosure is Haven folding it away, not a page hiding it (GB full banner, every region)', async () => {
    // Chromium lays a closed <details>' content out of sight (content-visibility), which once read as a page rule
    // that "moved" the Relay UK call out of sight: the banner then lost its parts and warned about a theme it did not have.
    for (const region of ['US', 'GB', 'GB-NIR', 'IE', 'AU', 'NZ', 'CA']) {
      for (const tag of ['haven-crisis-banner', 'haven-recovery-guide']) {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const warnings = captureWarnings();
        host.insertAdjacentHTML('beforeend', `<${tag} region="${region}" variant="full" sections="crisis"></${tag}>`);
        const el = host.firstElementChild as HTMLElement;
        await elementUpdated(el);
        await nextFrame();
        warnings.restore();
        const what = `${tag} ${region}`;
        // The banner folds the routes into a closed disclosure; the guide lists them in its crisis section.
        const folded = el.shadowRoot!.querySelector('details.access:not([open])') !== null;
        expect(folded === (tag === 'haven-crisis-banner'), `${what}: routes folded in the banner only`).to.equal(true);
        expect(warnings.messages.join(' '), what).to.equal('');
        expect(el.shadowRoot!.querySelector('[part~="base"]') !== null, `${what}: parts kept`).to.equal(true);
        expect(el.shadowRoot!.querySelector('[data-safe-colours]') === null, `${what}: own palette kept`).to.equal(true);
      }
    }
  });

  it('a page rule cannot hide the Deaf and hard-of-hearing routes (the disclosure or its summary)', async () => {
    for (const rule of ['::part(access) { display: none }', '::part(access-summary) { visibility: hidden }']) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`haven-crisis-banner.folded${rule}`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const warnings = captureWarnings();
        host.insertAdjacentHTML('beforeend', '<haven-crisis-banner class="folded" region="GB" variant="full"></haven-crisis-banner>');
        const el = host.firstElementChild as HTMLElement;
        await elementUpdated(el);
        await nextFrame();
        warnings.restore();
        expect(warnings.messages.join(' '), rule).to.match(/theme: .*hidden by/);
        const summary = el.shadowRoot!.querySelector('details.access > summary')!;
        expect(summary.getClientRects().length > 0 && getComputedStyle(summary).visibility === 'visible', rule).to.equal(true);
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    }
  });

  it('a value that is not a colour is reported and replaced', async () => {
    const { base, warnings } = await themed({ '--haven-text': 'banana' });
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
    expect(warnings[0]).to.include('--haven-text').and.include('not a colour');
  });

  it('modern colour syntax is measured as drawn (hsl; oklch and light-dark() where supported)', async () => {
    const ok = await themed({ '--haven-accent': 'hsl(186 80% 22%)' });
    expect(ok.base.hasAttribute('data-safe-colours')).to.equal(false);
    if (CSS.supports('color', 'oklch(0.9 0.05 200)')) {
      const pale = await themed({ '--haven-accent': 'oklch(0.9 0.05 200)' });
      expect(pale.base.hasAttribute('data-safe-colours')).to.equal(true);
      const dark = await themed({ '--haven-accent': 'oklch(0.42 0.08 200)' });
      expect(dark.base.hasAttribute('data-safe-colours')).to.equal(false);
    }
    if (CSS.supports('color', 'light-dark(#0b5d66, #7fd4dc)')) {
      // With the page in its default light scheme, light-dark() picks the first colour, which reads well on white.
      const adaptive = await themed({ '--haven-accent': 'light-dark(#0b5d66, #7fd4dc)' });
      expect(adaptive.warnings).to.deep.equal([]);
      expect(adaptive.base.hasAttribute('data-safe-colours')).to.equal(false);
    }
  });

  it('a translucent colour is judged over white', async () => {
    const { base } = await themed({ '--haven-accent': 'rgba(11, 93, 102, 0.2)' });
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
  });

  it('the urgent result of the checklist keeps 4.5:1 under a broken theme', async () => {
    const { el, base } = await themed({ '--haven-urgent': '#ffb3b3' }, 'haven-warning-signs');
    el.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!.click();
    await elementUpdated(el);
    await nextFrame();
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
    const action = el.shadowRoot!.querySelector<HTMLElement>('.action.urgent')!;
    const style = getComputedStyle(action);
    expect(style.backgroundColor).to.equal('rgb(164, 22, 26)');
  });
});
