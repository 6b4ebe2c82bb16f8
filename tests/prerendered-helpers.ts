/**
 * What the pre-rendered page tests share (tests/ssr.test.ts for haven-render's output, tests/builder.test.ts for the
 * embed builder's): the three tags, when haven.css has styled them, and where everything is drawn.
 */
import { until } from './page-helpers.js';

export const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'] as const;

export const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
export const headings = (root: ParentNode) => [...root.querySelectorAll('h2, h3, h4')].map((h) => `${h.localName} ${h.textContent!.trim()}`);

/** haven.css has reached every shadow root (its <link> loaded): the banner's emergency block has its colour. */
export async function styled(win: Window, doc: Document) {
  await until(
    () =>
      TAGS.every((tag) => {
        const link = doc.querySelector(tag)?.shadowRoot?.querySelector('link[rel="stylesheet"]') as HTMLLinkElement | null;
        return !!link?.sheet;
      }),
    'haven.css in every shadow root',
  );
  // The compact banner has no emergency block: its base then.
  const root = doc.querySelector('haven-crisis-banner')!.shadowRoot!;
  const emergency = root.querySelector('.emergency') ?? root.querySelector('[part~="base"]')!;
  return win.getComputedStyle(emergency).backgroundColor;
}

/** Where each element and the page around them are drawn. */
export function layout(doc: Document) {
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return `${r.x},${r.y} ${r.width}x${r.height}`;
  };
  return [...TAGS, 'main'].flatMap((tag) => {
    const el = doc.querySelector(tag)!;
    // Inside each element too: every drawn paragraph, item, heading, link and box, so text that moved inside an
    // element of the same size is caught (what CLS counts). Elements not drawn (no boxes) are left out.
    const inside = [...(el.shadowRoot?.querySelectorAll('p, li, h2, h3, h4, a, input, label, button, summary') ?? [])]
      .filter((node) => node.getClientRects().length > 0)
      .map((node, i) => `${tag} ${i} ${node.localName} ${box(node)}`);
    return [`${tag} ${box(el)}`, ...inside];
  });
}

/** Ids of the tiers whose no-script answer (warning-signs/no-script.ts) is drawn, its own box or its container's. */
export function shownAnswers(win: Window, root: ParentNode) {
  return [...root.querySelectorAll<HTMLElement>('.no-script .key')]
    .filter((key) => win.getComputedStyle(key).display !== 'none' && key.getClientRects().length > 0)
    .map((key) => key.dataset.tier)
    .join();
}
