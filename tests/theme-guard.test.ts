/**
 * The theme guard: a clinic's --haven-* colours are used as long as every pairing stays readable; otherwise the
 * element switches to Haven's safe palette and warns, naming the custom property.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { PALETTE, contrast, themeProblem } from '../src/core/theme-guard.js';
import { captureWarnings } from './helpers.js';

async function themed(vars: Record<string, string>, tag = 'haven-crisis-banner') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [name, value] of Object.entries(vars)) host.style.setProperty(name, value);
  const warnings = captureWarnings();
  host.insertAdjacentHTML('beforeend', `<${tag}></${tag}>`);
  const el = host.querySelector(tag) as HTMLElement;
  await elementUpdated(el);
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
    expect(themeProblem(el)).to.equal(undefined);
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

  it('a full dark theme that pairs well is kept', async () => {
    const { base, warnings } = await themed({
      '--haven-surface': '#14181c',
      '--haven-text': '#eef2f5',
      '--haven-accent': '#7fd4dc',
      '--haven-urgent': '#ff9b9b',
      '--haven-urgent-surface': '#2a1416',
      '--haven-focus': '#ffd166',
    });
    // White text on the urgent button needs a dark enough urgent colour; this light one fails, so the guard trips.
    expect(warnings.join(' ')).to.include('white on --haven-urgent');
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
  });

  it('a value that is not a colour is reported and replaced', async () => {
    const { base, warnings } = await themed({ '--haven-text': 'banana' });
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
    expect(warnings[0]).to.include('--haven-text').and.include('not a colour');
  });

  it('modern colour syntax is measured as drawn (hsl, and oklch where supported)', async () => {
    const ok = await themed({ '--haven-accent': 'hsl(186 80% 22%)' });
    expect(ok.base.hasAttribute('data-safe-colours')).to.equal(false);
    if (CSS.supports('color', 'oklch(0.9 0.05 200)')) {
      const pale = await themed({ '--haven-accent': 'oklch(0.9 0.05 200)' });
      expect(pale.base.hasAttribute('data-safe-colours')).to.equal(true);
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
    expect(base.hasAttribute('data-safe-colours')).to.equal(true);
    const action = el.shadowRoot!.querySelector<HTMLElement>('.action.urgent')!;
    const style = getComputedStyle(action);
    expect(style.backgroundColor).to.equal('rgb(164, 22, 26)');
  });
});
