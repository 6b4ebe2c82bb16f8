/**
 * Finds the language an element should speak, the way github/relative-time-element does: the element's own
 * `lang`, else the nearest ancestor's (crossing shadow roots), else the document's. Anything Haven has no text for
 * falls back to English.
 */
import { LANGS, type Lang } from '../content/types.js';

export function requestedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    // An empty lang="" means "unknown" and stops the search (HTML): English, then.
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  // Not in a document yet (or its root has no lang): the document's language.
  return el.ownerDocument.documentElement.lang;
}

export function supportedLang(requested: string): Lang {
  const base = requested.toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}
