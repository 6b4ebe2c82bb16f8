/**
 * Interface text for every element, one dictionary per language in its own module (lang/en.ts, lang/es.ts).
 * Clinical content (signs, guide sections) keeps its sources in signs.ts and guide.ts; contacts in contacts.ts.
 *
 * `Strings` is the shape of the English dictionary, so a language that misses a key, or gives a function other
 * parameters, does not compile (tests/i18n-content.test.ts checks the same at run time). Spanish speaks to the
 * reader as "usted", and link text starts with what the link does ("Llame al 988").
 */
import type { Words } from './lang/en.js';
import { byLang, stringWords } from './registry.js';
import type { Lang } from './types.js';

export type Strings = Words['strings'];

/** Each language's interface text (lang/en.ts, lang/es.ts), English where this build has no words for a language. */
export const STRINGS: Readonly<Record<Lang, Strings>> = byLang(stringWords);

export function stringsFor(lang: Lang): Strings {
  return stringWords(lang);
}
