/**
 * Languages Haven has text for. English is the fallback for anything else. Clinical text in a new language must be
 * reviewed by a bilingual clinician before release (README, "Adding a language").
 */
export type Lang = 'en' | 'es';
export const LANGS: readonly Lang[] = ['en', 'es'];

/** Temperature unit patients use: Fahrenheit in the US, Celsius elsewhere. */
export type TemperatureUnit = 'F' | 'C';

/** A piece of patient-facing text in every supported language. */
export type Localised = Record<Lang, string>;

/** Where a fact comes from: a source id from ../shared/clinical-facts.md and when it was last reviewed. */
export interface Sourced {
  /** Source ids from clinical-facts.md, e.g. `['UTD', 'ALB']`. */
  sources: readonly string[];
  /** ISO date this item was last reviewed against clinical-facts.md. */
  reviewed: string;
}
