/**
 * Finds the language an element should speak, the way github/relative-time-element does: the element's own
 * `lang`, else the nearest ancestor's (crossing shadow roots), else the document's. Anything Haven has no text for
 * falls back to English.
 */
import { LANGS, type Lang } from '../content/types.js';

export function requestedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}

export function supportedLang(requested: string): Lang {
  const base = requested.toLowerCase().split(/[-_]/)[0] as Lang;
  return LANGS.includes(base) ? base : 'en';
}
