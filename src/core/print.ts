import { adoptSheet, ancestry, viewOf } from './dom.js';

/**
 * Prints one Haven element alone, for one print: "Print this guide" and the checklist's "Print my answers".
 * Everything on the page that is not `host` (or on its way up the tree) is hidden by a print-only stylesheet, and
 * `host` carries `data-haven-printing`, which its own styles may use for print-only content. `prepare` runs before
 * the print; when it returns a promise (a render to wait for), the print follows it, else it is immediate; `undo` and everything else are undone when printing ends (`afterprint`).
 * Nothing is stored or sent, and the page's own Ctrl+P is left as the page made it.
 */
export function printAlone(host: HTMLElement, prepare?: () => unknown, undo?: () => void): void {
  const doc = host.ownerDocument;
  const view = viewOf(doc);
  if (!view) return;
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
  const restore = () => {
    if (done) return;
    done = true;
    for (const node of path) removeAttribute.call(node, 'data-haven-print-path');
    host.removeAttribute('data-haven-printing');
    unadopt();
    undo?.();
  };
  view.addEventListener('afterprint', restore, { once: true });
  const fail = () => {
    // A print that could not start leaves nothing behind.
    view.removeEventListener('afterprint', restore);
    restore();
  };
  try {
    const ready = prepare?.();
    if (ready instanceof Promise) {
      ready.then(() => view.print()).catch(fail);
    } else {
      view.print();
    }
  } catch {
    fail();
  }
}
