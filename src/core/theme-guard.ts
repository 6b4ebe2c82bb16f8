/**
 * Keeps a clinic's theme readable. If the `--haven-*` colours a page sets would put text below WCAG AA contrast
 * (4.5:1 for text, 3:1 for the focus ring), or are not colours at all, the element uses Haven's own safe palette
 * instead and says which custom property caused it. Urgent help must never be hard to read.
 *
 * Colours are read by painting them on a 1×1 canvas, so any CSS colour syntax (names, hex, rgb, hsl, oklch,
 * transparency over white) is measured the way the browser draws it. Nothing is sent or stored.
 */

/** Theme tokens and Haven's defaults; the defaults pass every pair below. */
export const PALETTE = {
  accent: '#0b5d66',
  surface: '#ffffff',
  text: '#1f2933',
  urgent: '#a4161a',
  'urgent-surface': '#fdf0f0',
  focus: '#1d4ed8',
} as const;

type Token = keyof typeof PALETTE;

/** [foreground, background, minimum ratio]: every pairing the elements' styles use. */
const PAIRS: readonly [Token | 'white', Token, number][] = [
  ['text', 'surface', 4.5],
  ['text', 'urgent-surface', 4.5],
  ['accent', 'surface', 4.5],
  ['accent', 'urgent-surface', 4.5],
  ['urgent', 'surface', 4.5],
  ['urgent', 'urgent-surface', 4.5],
  ['white', 'urgent', 4.5],
  ['focus', 'surface', 3],
];

let ctx: CanvasRenderingContext2D | null | undefined;

/** sRGB bytes of a CSS colour as drawn over white; `undefined` when it is not a colour. */
function paint(c: CanvasRenderingContext2D, value: string): number[] | undefined {
  // An invalid colour leaves fillStyle as it was, so two different starting values tell it apart.
  c.fillStyle = '#000000';
  c.fillStyle = value;
  const first = c.fillStyle;
  c.fillStyle = '#ffffff';
  c.fillRect(0, 0, 1, 1);
  c.fillStyle = value;
  if (c.fillStyle !== first) return undefined;
  c.fillRect(0, 0, 1, 1);
  return [...c.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}

function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const verdicts = new Map<string, [string, string] | undefined>();

/**
 * Checks the theme the element inherits. Returns `undefined` when it is readable (or unset), else the custom
 * property at fault and a sentence for a console warning.
 */
export function themeProblem(host: Element): [property: string, message: string] | undefined {
  const style = getComputedStyle(host);
  const set: Partial<Record<Token, string>> = {};
  for (const token of Object.keys(PALETTE) as Token[]) {
    const value = style.getPropertyValue(`--haven-${token}`).trim();
    if (value) set[token] = value;
  }
  const key = JSON.stringify(set);
  if (key === '{}') return undefined;
  if (!verdicts.has(key)) verdicts.set(key, judge(set));
  return verdicts.get(key);
}

function judge(set: Partial<Record<Token, string>>): [string, string] | undefined {
  ctx ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  // Without a canvas (blocked by the browser) the theme cannot be measured; it is left as the clinic set it.
  if (!ctx) return undefined;
  const colours: Partial<Record<Token | 'white', number[]>> = { white: [255, 255, 255] };
  for (const token of Object.keys(PALETTE) as Token[]) {
    const rgb = paint(ctx, set[token] ?? PALETTE[token]);
    if (!rgb) return [`--haven-${token}`, `"${set[token]!.slice(0, 40)}" is not a colour`];
    colours[token] = rgb;
  }
  for (const [fg, bg, min] of PAIRS) {
    const ratio = contrast(colours[fg]!, colours[bg]!);
    if (ratio < min) {
      const culprit = fg !== 'white' && set[fg] ? fg : set[bg] ? bg : fg;
      const pair = `${fg === 'white' ? 'white' : `--haven-${fg}`} on --haven-${bg}`;
      return [`--haven-${culprit}`, `${pair} has a contrast of ${ratio.toFixed(2)}:1, below ${min}:1`];
    }
  }
  return undefined;
}
