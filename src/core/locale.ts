/**
 * Finds the language an element should speak, the way github/relative-time-element does: the element's own
 * `lang`, else the nearest ancestor's (crossing shadow roots), else the document's. Anything Haven has no text for
 * falls back to English.
 */
import { hasLanguage } from '../content/registry.js';
import { LANGS, type Lang } from '../content/types.js';
import { ancestry, attributeOf, hasAttributeOf, rootOf } from './dom.js';

export function requestedLang(el: Element): string {
  // On a server (Lit SSR's element shim) there is no document and no tree to walk: the element's own `lang` only,
  // which renderHaven (src/ssr/render.ts) always writes.
  if (!el.ownerDocument) return el.getAttribute('lang') ?? '';
  // An empty lang="" means "unknown" and stops the search (HTML): English, then.
  for (const node of ancestry(el)) if (hasAttributeOf(node, 'lang')) return attributeOf(node, 'lang') ?? '';
  // Not in a document yet (or its root has no lang): the document's language.
  const root = rootOf(el.ownerDocument);
  return root ? attributeOf(root, 'lang') ?? '' : '';
}

/** Languages Haven speaks but this script left out, already warned about (one warning per language per script). */
const missing = new Set<string>();

export function supportedLang(requested: string): Lang {
  const base = requested.toLowerCase().split(/[-_]/)[0] as Lang;
  if (!LANGS.includes(base)) return 'en';
  if (hasLanguage(base)) return base;
  if (!missing.has(base)) {
    missing.add(base);
    console.warn(
      `[haven] lang="${base}": this is an English-only Haven script (.en.min.js), so it shows English. ` +
        'Use the script without ".en" for every language.',
    );
  }
  return 'en';
}
