/**
 * Languages Haven has text for. English is the fallback for anything else. Clinical text in a new language must be
 * reviewed by a bilingual clinician before release (README, "Adding a language").
 */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** Temperature unit patients use: Fahrenheit in the US, Celsius elsewhere. */
export type TemperatureUnit = 'F' | 'C';

/** A piece of patient-facing text in every supported language (content/registry.ts reads it from lang/*.ts). */
export type Localised = Record<Lang, string>;

/** Where a fact comes from: source ids from docs/clinical-sources.md, and when it was compared with them. */
export interface Sourced {
  /** Source ids from docs/clinical-sources.md, e.g. `['UTD', 'ALB']`. */
  sources: readonly string[];
  /**
   * ISO date this item was last compared with its published sources. Not a check that a phone line still answers:
   * that is part of each release (docs/clinical-sources.md).
   */
  reviewed: string;
}

/**
 * Content as null-prototype objects, all the way down (arrays and functions are kept as they are): a page whose
 * scripts have polluted `Object.prototype` (`Object.prototype.vanity = '911'`, `Object.prototype.chat =
 * 'javascript:…'`) cannot add a label or a link to any line, sign or sentence, because a key that is not in the
 * data is simply not there. Every content module passes its exports through this once, at start-up.
 */
export function ownOnly<T>(value: T): T {
  if (Array.isArray(value)) {
    value.forEach(ownOnly);
  } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) !== null) {
    Object.setPrototypeOf(value, null);
    for (const key of Object.keys(value)) ownOnly((value as Record<string, unknown>)[key]);
  }
  return value;
}
