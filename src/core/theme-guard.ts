/**
 * Keeps a clinic's theme readable. If the `--haven-*` colours a page sets would put text below WCAG AA contrast
 * (4.5:1 for text, 3:1 for the focus ring), or are not colours at all, the element uses Haven's own safe palette
 * instead and says which custom property caused it. Urgent help must never be hard to read.
 *
 * It measures what the browser will draw: each token is resolved on a probe inside the element (so `currentcolor`,
 * system colours and `light-dark()` resolve as they will be painted), painted on a 1×1 canvas (any colour syntax
 * becomes sRGB), and a see-through surface is laid over the page's own background. Nothing is sent or stored.
 */
import { ancestry, createIn } from './dom.js';

/** Theme tokens and Haven's defaults (also in styles.ts, `[data-safe-colours]`); the defaults pass every pair. */
export const PALETTE = {
  accent: '#0b5d66',
  surface: '#ffffff',
  text: '#1f2933',
  urgent: '#a4161a',
  'urgent-surface': '#fdf0f0',
  'on-urgent': '#ffffff',
  focus: '#1d4ed8',
} as const;

type Token = keyof typeof PALETTE;
const TOKENS = Object.keys(PALETTE) as Token[];

/** [foreground, background, minimum ratio]: every pairing the elements' styles use. */
const PAIRS: readonly [Token, Token, number][] = [
  ['text', 'surface', 4.5],
  ['text', 'urgent-surface', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'urgent-surface', 4.5],
  ['urgent', 'surface', 4.5],
  ['urgent', 'urgent-surface', 4.5],
  ['on-urgent', 'urgent', 4.5],
  // The primary buttons ("Call 988", the clinic's call) draw the surface colour as text on the accent.
  ['surface', 'accent', 4.5],
  ['focus', 'surface', 3],
];

let ctx: CanvasRenderingContext2D | null | undefined;

/** sRGB bytes of `colour` drawn over `under` (an opaque colour). */
function paint(c: CanvasRenderingContext2D, colour: string, under: string): number[] {
  c.fillStyle = under;
  c.fillRect(0, 0, 1, 1);
  c.fillStyle = colour;
  c.fillRect(0, 0, 1, 1);
  return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

const rgb = (bytes: number[]) => `rgb(${bytes.join(',')})`;

function luminance(bytes: number[]): number {
  const [r, g, b] = bytes.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\)|rgb\(.*\/\s*0\))$/;

/** The first background colour behind the element that is not fully transparent (white if none). */
function pageBackground(host: Element): string {
  let first = true;
  for (const node of ancestry(host)) {
    if (first) {
      first = false;
      continue;
    }
    const colour = getComputedStyle(node).backgroundColor;
    if (!TRANSPARENT.test(colour)) return colour;
  }
  return '#ffffff';
}

/** What is drawn behind `el`'s text: every background from the page down to `el`, laid over one another. */
function drawnBackground(c: CanvasRenderingContext2D, el: Element): number[] {
  const layers: string[] = [];
  for (const node of ancestry(el)) {
    const colour = getComputedStyle(node).backgroundColor;
    if (TRANSPARENT.test(colour)) continue;
    layers.push(colour);
    if (!/rgba|\//.test(colour)) break;
  }
  let under = '#ffffff';
  for (const colour of layers.reverse()) under = rgb(paint(c, colour, under));
  return paint(c, under, '#ffffff');
}

/**
 * The controls whose text must stay readable whatever the page does to them (a `::part()` rule, a see-through
 * surface): every call, text and chat action, every button, the tier label and the element's own text.
 */
const DRAWN = '[part~="base"], .action, .button, button, summary, .tier-label, .bar-label, [part~="emergency-words"], [part~="hotline-link"]';

/**
 * Haven's own styles never hide, fade, filter, shrink or paint an image behind its text, so any of these on a
 * control, or between it and the element's wrapper, comes from the page (a `::part()` rule) and can hide a number.
 */
function hiddenBy(el: HTMLElement, base: Element): string | undefined {
  for (const node of ancestry(el)) {
    const style = getComputedStyle(node);
    if (style.visibility !== 'visible') return `visibility: ${style.visibility}`;
    if (Number(style.opacity) < 0.9 && node.getAttribute('aria-disabled') !== 'true') return `opacity: ${style.opacity}`;
    if (style.filter !== 'none') return `filter: ${style.filter}`;
    if (style.backgroundImage !== 'none') return 'a background image';
    if (style.clipPath && style.clipPath !== 'none') return `clip-path: ${style.clipPath}`;
    if (style.transform !== 'none' && !node.classList.contains('chevron')) return `transform: ${style.transform}`;
    if (node === base) break;
  }
  const size = parseFloat(getComputedStyle(el).fontSize);
  if (size < 9) return `font-size: ${size}px`;
  const box = el.getBoundingClientRect();
  const frame = base.getBoundingClientRect();
  if (box.width < 1 || box.height < 1 || box.right <= frame.left || box.left >= frame.right || box.bottom <= frame.top || box.top >= frame.bottom) {
    return 'moved out of sight';
  }
  return undefined;
}

/**
 * Parts whose hiding would hide a way to get help. Haven hides others itself (the "More ways" button where there is
 * room, a closed panel, another step of the guide), and a clinic may hide some on purpose (the print button).
 */
const CRITICAL = new Set(['base', 'access', 'access-summary', 'emergency', 'emergency-words', 'hotline-link', 'line', 'action', 'call', 'text', 'chat', 'crisis-now', 'clinic', 'result', 'summary', 'signs', 'support-lines']);

const partsOf = (el: Element) => `${el.getAttribute('part') ?? ''} ${el.getAttribute('data-haven-part') ?? ''}`.split(/\s+/);

/** What took `el` out of the layout, when it is a part that shows help; `undefined` when Haven hid it itself. */
function removedBy(el: Element, base: Element): string | undefined {
  for (const node of ancestry(el)) {
    if (getComputedStyle(node).display === 'none') {
      const part = partsOf(node).find((name) => CRITICAL.has(name));
      return part ? `display: none on part "${part}"` : undefined;
    }
    if (node === base) break;
  }
  return undefined;
}

/**
 * Whether `el` sits in the folded part of a closed `<details>` (Haven's own disclosures: "Deaf or hard of hearing?").
 * Engines lay that part out differently (Chromium keeps its boxes, out of sight, under `content-visibility`), so it
 * is Haven hiding it, never a page rule; a closed disclosure's `<summary>` stays measured.
 */
function foldedAway(el: Element): boolean {
  for (let d = el.closest('details:not([open])'); d; d = d.parentElement?.closest('details:not([open])') ?? null) {
    if (!d.querySelector(':scope > summary')?.contains(el)) return true;
  }
  return false;
}

/** The first control whose text is hidden or below 4.5:1 on what is drawn behind it, as a sentence; else `undefined`. */
function drawnProblem(c: CanvasRenderingContext2D, base: Element): string | undefined {
  for (const el of [base, ...base.querySelectorAll(DRAWN)]) {
    if (!(el instanceof HTMLElement) || el.closest('.visually-hidden') || foldedAway(el)) continue;
    const name = (el.getAttribute('part') ?? el.getAttribute('data-haven-part') ?? el.localName).trim();
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30);
    const what = `the text of ${text ? `"${text}" ` : ''}(part "${name}")`;
    if (!el.getClientRects().length) {
      // Out of the layout: a problem only where a page rule removed a part that shows help.
      const removed = el === base ? 'display: none' : removedBy(el, base);
      if (removed) return `${what} is hidden by ${removed}`;
      continue;
    }
    const hidden = hiddenBy(el, base);
    if (hidden) return `${what} is hidden by ${hidden}`;
    const style = getComputedStyle(el);
    // -webkit-text-fill-color paints over color where a page sets it.
    const fill = style.getPropertyValue('-webkit-text-fill-color');
    const fg = fill && fill !== style.color ? fill : style.color;
    const back = drawnBackground(c, el);
    const ratio = contrast(paint(c, fg, rgb(back)), back);
    if (ratio < 4.5) return `${what} is drawn at ${ratio.toFixed(2)}:1 on its background, below 4.5:1`;
  }
  return undefined;
}

const verdicts = new Map<string, [string, string] | undefined>();
const resolved = new Map<string, Record<Token, string>>();

/**
 * Checks the theme the element inherits and what it draws. Returns `undefined` when everything is readable, else
 * the custom property (or "theme", for a `::part()` rule) at fault and a sentence for a console warning. `root` is
 * the element's shadow root, where a probe is placed for a moment when a theme's colours need resolving; `base` is
 * its wrapper, whose controls are measured as drawn (with Haven's safe palette off while measuring).
 */
export function themeProblem(host: Element, root: ParentNode, base?: Element): [property: string, message: string] | undefined {
  ctx ??= (createIn(host.ownerDocument, 'canvas') as HTMLCanvasElement).getContext('2d', { willReadFrequently: true });
  // Without a canvas (blocked by the browser) the theme cannot be measured; it is left as the clinic set it.
  if (!ctx) return undefined;
  const tokens = tokenProblem(ctx, host, root);
  if (tokens || !base) return tokens;
  // Measured as the page would draw it: with Haven's own palette off and the parts back on, for a moment.
  const safe = base.hasAttribute('data-safe-colours');
  if (safe) base.removeAttribute('data-safe-colours');
  const stripped = restoreParts(root);
  const drawn = drawnProblem(ctx, base);
  if (safe) base.setAttribute('data-safe-colours', '');
  if (stripped) stripParts(root);
  return drawn ? ['theme', drawn] : undefined;
}

/**
 * A page rule that hides or fades a number through `::part()` cannot be outdone property by property (there is
 * always one more: a transform, a clip, a filter), so where one is found Haven takes its parts away: with no `part`
 * attribute, no `::part()` rule matches anything, and Haven's own styles draw every control. The names are kept in
 * `data-haven-part` and put back when the page's rules no longer hide anything.
 */
export function stripParts(root: ParentNode): boolean {
  return moveAttribute(root, 'part', 'data-haven-part');
}

export function restoreParts(root: ParentNode): boolean {
  return moveAttribute(root, 'data-haven-part', 'part');
}

/** Moves every `from` attribute under `root` to `to`; whether there was any. */
function moveAttribute(root: ParentNode, from: string, to: string): boolean {
  const found = [...root.querySelectorAll(`[${from}]`)];
  for (const el of found) {
    el.setAttribute(to, el.getAttribute(from) ?? '');
    el.removeAttribute(from);
  }
  return found.length > 0;
}

function tokenProblem(c: CanvasRenderingContext2D, host: Element, root: ParentNode): [string, string] | undefined {
  const style = getComputedStyle(host);
  const set = new Set<Token>();
  const raw: string[] = [];
  for (const token of TOKENS) {
    const value = style.getPropertyValue(`--haven-${token}`).trim();
    raw.push(value);
    if (!value) continue;
    if (!CSS.supports('color', value)) return [`--haven-${token}`, `"${value.slice(0, 40)}" is not a colour`];
    set.add(token);
  }
  if (!set.size) return undefined;

  // Resolving relative colours (currentcolor, light-dark(), system colours) needs a probe in the tree; elements that
  // share a theme share the answer, so a page with many elements places one probe, not one each.
  const probeKey = JSON.stringify([raw, style.color, style.colorScheme]);
  let drawn = resolved.get(probeKey);
  if (!drawn) {
    const probe = createIn(host.ownerDocument, 'i');
    probe.hidden = true;
    root.append(probe);
    drawn = {} as Record<Token, string>;
    for (const token of TOKENS) {
      probe.style.color = `var(--_${token})`;
      drawn[token] = getComputedStyle(probe).color;
    }
    probe.remove();
    resolved.set(probeKey, drawn);
  }
  const backdrop = pageBackground(host);

  const key = JSON.stringify([drawn, backdrop, [...set]]);
  if (!verdicts.has(key)) verdicts.set(key, judge(c, drawn, backdrop, set));
  return verdicts.get(key);
}

function judge(c: CanvasRenderingContext2D, drawn: Record<Token, string>, backdrop: string, set: Set<Token>) {
  // Backgrounds as they will look: the surface over the page; the urgent surface and the urgent button over it.
  const page = rgb(paint(c, backdrop, '#ffffff'));
  const surface = paint(c, drawn.surface, page);
  const backgrounds: Partial<Record<Token, number[]>> = {
    surface,
    'urgent-surface': paint(c, drawn['urgent-surface'], rgb(surface)),
    urgent: paint(c, drawn.urgent, rgb(surface)),
    accent: paint(c, drawn.accent, rgb(surface)),
  };
  for (const [fg, bg, min] of PAIRS) {
    const back = backgrounds[bg]!;
    const ratio = contrast(paint(c, drawn[fg], rgb(back)), back);
    if (ratio < min) {
      const culprit = set.has(fg) ? fg : set.has(bg) ? bg : [...set][0];
      return [
        `--haven-${culprit}`,
        `--haven-${fg} on --haven-${bg} has a contrast of ${ratio.toFixed(2)}:1, below ${min}:1`,
      ] as [string, string];
    }
  }
  return undefined;
}
