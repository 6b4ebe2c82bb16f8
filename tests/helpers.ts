/** Test helpers: read what a patient would see and tap, and capture console warnings. */
import { elementUpdated } from '@open-wc/testing';

/** Records console.warn calls until `restore()`. */
export function captureWarnings() {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/** Every link in an element's shadow root, as { text, href } (text with whitespace collapsed). */
export function links(el: Element) {
  return [...el.shadowRoot!.querySelectorAll('a')].map((a) => ({
    text: a.textContent!.replace(/\s+/g, ' ').trim(),
    href: a.getAttribute('href') ?? '',
    a,
  }));
}

/** The link whose visible text starts with `text`. */
export function link(el: Element, text: string): HTMLAnchorElement | undefined {
  return links(el).find((l) => l.text.startsWith(text))?.a;
}

/** Visible text of the shadow root (hidden parts excluded where the engine supports innerText). */
export function visibleText(el: Element): string {
  const root = el.shadowRoot!;
  const parts = [...root.children].map((c) => (c as HTMLElement).innerText ?? c.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The text a patient sees in a node, spaces collapsed: text in elements hidden with `visibility: hidden` (the two
 * opening-hours labels not in use, core/styles.ts .status) is left out.
 */
export function shownText(node: Node | null | undefined): string {
  if (!node) return '';
  const view = (node.ownerDocument ?? (node as Document)).defaultView!;
  const walker = (node.ownerDocument ?? (node as Document)).createTreeWalker(node, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || view.getComputedStyle(parent).visibility !== 'hidden') text += n.textContent;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Sets attributes and waits for the element to re-render. */
export async function setAttrs(el: Element, attrs: Record<string, string | null>) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null) el.removeAttribute(name);
    else el.setAttribute(name, value);
  }
  await elementUpdated(el);
}

/** Waits for the next animation frame: Haven checks themes once a frame, after rendering. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
