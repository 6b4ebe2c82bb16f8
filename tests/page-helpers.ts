import { emulateMedia } from '@web/test-runner-commands';
/** Helpers for tests that load a whole fixture page in an iframe, as a clinic's page would load Haven. */
import { fixture, html } from '@open-wc/testing';

export type FixtureWindow = Window &
  typeof globalThis & { __haven?: { violations: string[]; errors: string[]; warnings: string[] } };

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];

/** Loads a page in a same-origin iframe and waits for Haven's elements (if any) to render. */
export async function loadPage(src: string, { defined = true } = {}) {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="fixture page" width="800" height="900"></iframe>`,
  );
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = src;
  });
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  if (defined) {
    await Promise.all(TAGS.map((t) => win.customElements.whenDefined(t)));
    await Promise.all(
      [...doc.querySelectorAll(TAGS.join(','))].map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete),
    );
  }
  return { frame, win, doc };
}

/**
 * A same-origin iframe with an empty page, once that page is the one that stays. An iframe with no src first holds an
 * initial about:blank document, which Firefox (140.12 ESR) replaces a moment after insertion: scripts loading into the
 * first one never run, and nodes adopted into it end up in a dead document. A page (or a test) should wait for load.
 */
export async function blankFrame(title: string, { width = 300, height = 150 } = {}) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title=${title} width=${width} height=${height}></iframe>`);
  await new Promise<void>((resolve) => {
    const loaded = () => {
      if (frame.contentDocument?.URL !== 'about:srcdoc') return;
      frame.removeEventListener('load', loaded);
      resolve();
    };
    frame.addEventListener('load', loaded);
    frame.srcdoc = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';
  });
  return frame;
}

function parseColor(value: string): [number, number, number, number] {
  const m = value.match(/rgba?\(([^)]+)\)/);
  if (!m) return [0, 0, 0, 0];
  const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return [parts[0], parts[1], parts[2], parts[3] ?? 1];
}

function luminance([r, g, b]: number[]) {
  const c = [r, g, b].map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}

/** The first opaque background behind an element, walking up through shadow roots. */
// Elements may live in an iframe's realm: use their own window, and node types rather than instanceof.
const style = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el);

function backgroundBehind(el: Element): [number, number, number, number] {
  let node: Node | null = el;
  while (node && node.nodeType === Node.ELEMENT_NODE) {
    const bg = parseColor(style(node as Element).backgroundColor);
    if (bg[3] >= 0.99) return bg;
    const parent: Node | null = node.parentNode;
    node = parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (parent as ShadowRoot).host : parent;
  }
  return [255, 255, 255, 1];
}

/** WCAG contrast ratio between an element's text colour and the background behind it. */
export function contrastOf(el: Element): number {
  const fg = parseColor(style(el).color);
  const bg = backgroundBehind(el);
  const l1 = luminance(fg);
  const l2 = luminance(bg);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Polls `read` every 20 ms until it gives something truthy; fails after `ms` naming `what`. */
export async function until<T>(read: () => T | null | undefined | false, what: string, ms = 5_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

type AxeWindow = Window & { axe?: { run(ctx: unknown, options: unknown): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } };

/** Runs axe-core over a whole document (loading it into that document first), as "rule: targets" lines. */
export async function axeViolations(win: Window, doc: Document): Promise<string[]> {
  const axeWin = win as AxeWindow;
  if (!axeWin.axe) await loadScript(doc, '/node_modules/axe-core/axe.min.js');
  const { violations } = await axeWin.axe!.run(doc, { resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
}

/** Adds a classic script to `doc`'s head and waits until it has run (rejects if it does not load). */
export function loadScript(doc: Document, src: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} did not load`));
    doc.head.append(script);
  });
}

/** Tries emulateMedia (it reaches Chromium and Firefox, not WebKit); returns whether the media query now matches. */
export async function tryEmulate(media: Parameters<typeof emulateMedia>[0], query: string): Promise<boolean> {
  try {
    await emulateMedia(media);
  } catch {
    return false;
  }
  return matchMedia(query).matches;
}
