/**
 * Interface text for <haven-warning-signs>: headings, the group names, the calm prompt, and for each tier a visible
 * label ("Emergency:"), a one-line summary and why it matters. One dictionary per language (lang/en.ts, lang/es.ts); each
 * has the shape of the English one (`TriageStrings`), checked by the compiler and by tests/i18n-content.test.ts.
 * The signs themselves live in signs.ts; numbers and their link text in contacts.ts and strings.ts ("Call 911",
 * "or go to the nearest emergency room."). Written for about a 6th-grade reading level.
 */
import type { Words } from './lang/en.js';
import { byLang, triageWords } from './registry.js';
import type { Lang } from './types.js';

export interface TierText {
  /** Visible label that says the tier in words, so colour is never the only signal. Ends with a colon. */
  label: string;
  /** The next step in one short sentence, read right after the label. */
  summary: string;
  /** Why this step: one or two short sentences. */
  why: string;
}

export type TriageStrings = Words['triage'];

/** Each language's checklist text (lang/en.ts, lang/es.ts), English where this build has no words for a language. */
export const TRIAGE: Readonly<Record<Lang, TriageStrings>> = byLang(triageWords);

export function triageFor(lang: Lang): TriageStrings {
  return triageWords(lang);
}
