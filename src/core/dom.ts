/**
 * DOM reads that a page's own markup cannot redirect. In HTML, named controls shadow their form's properties
 * (`<input name="parentNode">` makes `form.parentNode` that input, so walking up the tree loops forever) and named
 * images, forms and embeds shadow the document's own properties and methods (`<img name="createElement">`,
 * `<img name="defaultView">`). Clinic portals show user HTML, so Haven walks the tree, reads the document and creates
 * nodes through the prototypes' own getters and methods, captured on first use (never at module evaluation, so
 * importing Haven in Node touches no DOM), and every walk up the tree has a cap.
 */

/** More ancestors than any real page has; a walk that reaches it stops instead of looping. */
export const MAX_DEPTH = 512;

interface Dom {
  parentNode(node: Node): Node | null;
  nodeType(node: Node): number;
  host(root: ShadowRoot): Element;
  getAttribute(el: Element, name: string): string | null;
  hasAttribute(el: Element, name: string): boolean;
  createElement(doc: Document, tag: string): HTMLElement;
  view(doc: Document): (Window & typeof globalThis) | null;
  root(doc: Document): HTMLElement | null;
  body(doc: Document): HTMLElement | null;
  head(doc: Document): HTMLHeadElement | null;
  readyState(doc: Document): DocumentReadyState;
  sheets(doc: Document): CSSStyleSheet[];
  setSheets(doc: Document, sheets: CSSStyleSheet[]): void;
}

let dom: Dom | undefined;

const get = (proto: object, name: string) => Object.getOwnPropertyDescriptor(proto, name)!.get!;

function captured(): Dom {
  if (dom) return dom;
  const parentNode = get(Node.prototype, 'parentNode');
  const nodeType = get(Node.prototype, 'nodeType');
  const host = get(ShadowRoot.prototype, 'host');
  const { getAttribute, hasAttribute } = Element.prototype;
  const { createElement } = Document.prototype;
  const doc = (name: string) => get(Document.prototype, name);
  const [view, root, body, head, readyState] = ['defaultView', 'documentElement', 'body', 'head', 'readyState'].map(doc);
  const sheets = Object.getOwnPropertyDescriptor(Document.prototype, 'adoptedStyleSheets');
  dom = {
    parentNode: (node) => parentNode.call(node),
    nodeType: (node) => nodeType.call(node),
    host: (root) => host.call(root),
    getAttribute: (el, name) => getAttribute.call(el, name),
    hasAttribute: (el, name) => hasAttribute.call(el, name),
    createElement: (d, tag) => createElement.call(d, tag) as HTMLElement,
    view: (d) => view.call(d),
    root: (d) => root.call(d),
    body: (d) => body.call(d),
    head: (d) => head.call(d),
    readyState: (d) => readyState.call(d),
    sheets: (d) => (sheets?.get ? [...sheets.get.call(d)] : []),
    setSheets: (d, list) => sheets?.set?.call(d, list),
  };
  return dom;
}

const ELEMENT = 1;
const FRAGMENT = 11;

/** The next node up: the parent, or a shadow root's host (in any document, this one or an iframe's). */
export function parentOrHost(node: Node): Node | null {
  const d = captured();
  if (d.nodeType(node) !== FRAGMENT) return d.parentNode(node);
  try {
    return d.host(node as ShadowRoot);
  } catch {
    // A fragment that is not a shadow root has no host.
    return null;
  }
}

/** The node and its ancestors that are elements, crossing shadow roots, nearest first (at most MAX_DEPTH). */
export function* ancestry(node: Node): Generator<Element> {
  const d = captured();
  let current: Node | null = node;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    if (d.nodeType(current) === ELEMENT) yield current as Element;
    current = parentOrHost(current);
  }
}

export const attributeOf = (el: Element, name: string) => captured().getAttribute(el, name);
export const hasAttributeOf = (el: Element, name: string) => captured().hasAttribute(el, name);
export const createIn = (doc: Document, tag: string) => captured().createElement(doc, tag);

/** The document's window, root, body, head and ready state, whatever named elements the page holds. */
export const viewOf = (doc: Document) => captured().view(doc);
export const rootOf = (doc: Document) => captured().root(doc);
export const bodyOf = (doc: Document) => captured().body(doc);
export const headOf = (doc: Document) => captured().head(doc);
export const readyStateOf = (doc: Document) => captured().readyState(doc);

/** Adds a constructed stylesheet to the document (where the browser supports them) and returns how to remove it. */
export function adoptSheet(doc: Document, sheet: CSSStyleSheet): () => void {
  const d = captured();
  d.setSheets(doc, [...d.sheets(doc), sheet]);
  return () => d.setSheets(doc, d.sheets(doc).filter((s) => s !== sheet));
}
