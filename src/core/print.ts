import { adoptSheet, ancestry, viewOf } from './dom.js';

/**
 * Prints one Haven element alone, for one print: "Print this guide" and the checklist's "Print my answers".
 * Everything on the page that is not `host` (or on its way up the tree) is hidden by a print-only stylesheet, and
 * `host` carries `data-haven-printing`, which its own styles may use for print-only content. `prepare` runs before
 * the print; when it returns a promise (a render to wait for), the print follows it, else it is immediate; `undo` and everything else are undone when printing ends (`afterprint`).
 * Nothing is stored or sent, and the page's own Ctrl+P is left as the page made it. Where `afterprint` never comes
 * (some in-app browsers make `print()` do nothing), the next touch or key press on the page after `print()` returns
 * ends it, and a second print first undoes the one before.
 */
let pending: (() => void) | undefined;

export function printAlone(host: HTMLElement, prepare?: () => unknown, undo?: () => void): void {
  const doc = host.ownerDocument;
  const view = viewOf(doc);
  if (!view) return;
  pending?.();
  const path = [...ancestry(host)];
  // Through the prototype: a form on the way up may hold a control named "setAttribute".
  const { setAttribute, removeAttribute } = Element.prototype;
  for (const node of path) setAttribute.call(node, 'data-haven-print-path', '');
  host.setAttribute('data-haven-printing', '');
  let unadopt = () => {};
  if (typeof view.CSSStyleSheet === 'function') {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(
      '@media print { body :not([data-haven-print-path], [data-haven-printing] *) { display: none !important; } }',
    );
    unadopt = adoptSheet(doc, sheet);
  }
  let done = false;
  const listening = new AbortController();
  const restore = () => {
    if (done) return;
    done = true;
    listening.abort();
    if (pending === restore) pending = undefined;
    for (const node of path) removeAttribute.call(node, 'data-haven-print-path');
    host.removeAttribute('data-haven-printing');
    unadopt();
    undo?.();
  };
  pending = restore;
  view.addEventListener('afterprint', restore, { signal: listening.signal });
  const print = () => {
    view.print();
    if (done) return;
    for (const type of ['pointerdown', 'keydown']) view.addEventListener(type, restore, { capture: true, signal: listening.signal });
  };
  // A print that could not start leaves nothing behind.
  try {
    const ready = prepare?.();
    if (ready instanceof Promise) {
      ready.then(print).catch(restore);
    } else {
      print();
    }
  } catch {
    restore();
  }
}
