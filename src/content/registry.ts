/**
 * The languages Haven speaks at run time. Each language's words live in their own module (lang/en.ts, lang/es.ts),
 * one dictionary per part (the signs, the guide, contacts, and the interface text of each element), so a script
 * carries only the parts its elements show. English is always there and is the fallback for anything else; the
 * other languages are the ones this build carries (lang/available.ts: all of them, except in the English-only
 * drop-in scripts, where a page that asks for another language gets English and one console warning,
 * core/locale.ts).
 *
 * Content modules name their words by key (`signText('sign.fever.label')`) and read them per language through the
 * `Localised` shape (`label[lang]`), so adding a language touches no element code: add lang/<code>.ts with the type
 * `Words`, its code to `Lang` and `LANGS` (types.ts), and list it in lang/available.ts.
 */
import * as extra from './lang/available.js';
import * as en from './lang/en.js';
import type { Words } from './lang/en.js';
import { LANGS, ownOnly, type Lang, type Localised } from './types.js';

/**
 * `record[lang]` only when the record itself has it: a page that polluted `Object.prototype` (`Object.prototype.en
 * = {…}`) before Haven loaded cannot answer for a language.
 */
function own<T>(record: Partial<Record<Lang, T>>, lang: Lang): T | undefined {
  return lang !== 'en' && Object.prototype.hasOwnProperty.call(record, lang) ? record[lang] : undefined;
}

/**
 * One part's words in `lang`, English when this build has no words for it. The interface dictionaries become
 * null-prototype objects (types.ts `ownOnly`) the first time they are read, not at start-up, so a part no element
 * reads stays out of the bundle (the calls below are marked pure for the bundler).
 */
function part<K extends keyof Words>(english: Words[K], others: Partial<Record<Lang, Words[K]>>) {
  let ready = false;
  return (lang: Lang): Words[K] => {
    if (!ready) {
      ready = true;
      for (const words of [english, ...LANGS.map((code) => own(others, code))]) if (words) ownOnly(words);
    }
    return own(others, lang) ?? english;
  };
}

/** The content modules' text by key (signs.ts, guide.ts, contacts.ts, access.ts). */
export const signText = /* @__PURE__ */ textOf(en.signs, extra.signs);
export const guideText = /* @__PURE__ */ textOf(en.guideText, extra.guideText);
export const contactText = /* @__PURE__ */ textOf(en.contacts, extra.contacts);
export const accessText = /* @__PURE__ */ textOf(en.access, extra.access);
export const stringWords = /* @__PURE__ */ part<'strings'>(en.strings, extra.strings);
export const triageWords = /* @__PURE__ */ part<'triage'>(en.triage, extra.triage);
export const guideWords = /* @__PURE__ */ part<'guide'>(en.guide, extra.guide);

/** Whether this build has words for `lang` (every build has English). */
export function hasLanguage(lang: Lang): boolean {
  return lang === 'en' || own(extra.strings, lang) !== undefined;
}

/** A value per language, read when asked for (for tests and tools; elements ask per language). */
export function byLang<T>(pick: (lang: Lang) => T): Readonly<Record<Lang, T>> {
  const out = Object.create(null) as Record<Lang, T>;
  for (const lang of LANGS) Object.defineProperty(out, lang, { get: () => pick(lang), enumerable: true });
  return Object.freeze(out);
}

/**
 * One piece of text in every language, by its key in one part's dictionaries: `{ en, es }`, as the content modules
 * used to write it inline (they make it null-prototype with the rest of their data).
 */
export function textOf<D extends Readonly<Record<string, string>>>(english: D, others: Partial<Record<Lang, D>>) {
  return (key: keyof D & string): Localised =>
    Object.fromEntries(LANGS.map((lang) => [lang, (own(others, lang) ?? english)[key]])) as unknown as Localised;
}
