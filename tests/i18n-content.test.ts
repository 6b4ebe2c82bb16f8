/**
 * Every language has all of Haven's content, with the same facts. The checks walk the dictionaries and the
 * content lists rather than naming keys, so a key or a piece of text added in English (or a language added to
 * LANGS) fails here until every language has it, without anyone editing this file.
 *
 * - Dictionaries (STRINGS, TRIAGE, GUIDE_STRINGS): the same keys as English at every depth, no extra keys, the
 *   same kind of value; functions take as many parameters and use every argument they are given.
 * - Content (SIGNS, GUIDE_INTRO, GUIDE_SECTIONS, contact notes): every Localised value, found wherever it sits, has non-empty text
 *   in every language.
 * - For each piece of text and each language: the same `{placeholders}` and the same numbers as English (a changed
 *   threshold fails), none of the words patients find hurtful, no English left behind, and Spanish questions and
 *   exclamations opened with ¿ and ¡.
 */
import { expect } from '@open-wc/testing';
import { REGIONS } from '../src/content/contacts.js';
import { GUIDE_INTRO, GUIDE_SECTIONS, GUIDE_STRINGS } from '../src/content/guide.js';
import { SIGNS } from '../src/content/signs.js';
import { STRINGS } from '../src/content/strings.js';
import { TRIAGE } from '../src/content/triage.js';
import { LANGS, type Lang } from '../src/content/types.js';

const OTHERS = LANGS.filter((lang) => lang !== 'en');

const DICTIONARIES: Record<string, Readonly<Record<Lang, object>>> = { STRINGS, TRIAGE, GUIDE_STRINGS };
// Contact lines: their notes and each region's "Outside …" phrase. Service names are proper names that often stay
// the same in every language (Samaritans, Need to Talk? 1737); tests/regions.test.ts checks they are never empty.
const CONTACT_TEXT = Object.fromEntries(
  Object.values(REGIONS).map((region) => [
    region.code,
    { outside: region.outside, notes: [...region.crisis, ...region.support].map((line) => ({ id: line.id, note: line.note })) },
  ]),
);
const CONTENT: Record<string, unknown> = { SIGNS, GUIDE_INTRO, GUIDE_SECTIONS, REGIONS: CONTACT_TEXT };

/** Words patients find hurtful or wrong (docs/clinical-sources.md, "Words"), per language. */
const FORBIDDEN: Record<Lang, RegExp> = {
  en: /spontaneous abortion|products of conception|\bfail(ed|ure)\b|incompetent/i,
  es: /productos de la concepci[oó]n|fallid|fracas|incompetente/i,
};

/** Common English words that no sentence in another language should contain. */
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|and|you|your|with|that|this|is|are|for|will|what|when|please|call|text|help)(?![\p{L}\p{N}])/iu;

/** One piece of text in English and in another language, and where it sits. */
interface Pair {
  path: string;
  lang: Lang;
  en: string;
  other: string;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Arguments that are easy to find again in a function's result. */
const sampleArgs = (n: number) => Array.from({ length: n }, (_, i) => `⟦${String.fromCharCode(97 + i)}⟧`);

/**
 * Compares `other` with the English `en` at every depth: returns what is wrong, and adds each piece of text (and
 * each function's result for sample arguments) to `pairs`.
 */
function compareShape(en: unknown, other: unknown, path: string, lang: Lang, pairs: Pair[]): string[] {
  if (typeof en === 'function') {
    if (typeof other !== 'function') return [`${path}: is a function in English, ${typeof other} in ${lang}`];
    if (other.length !== en.length) {
      return [`${path}: takes ${en.length} parameters in English, ${other.length} in ${lang}`];
    }
    const args = sampleArgs(en.length);
    const [a, b] = [en(...args), other(...args)] as unknown[];
    if (typeof a !== 'string' || typeof b !== 'string' || !b.trim()) return [`${path}(): gives no text in ${lang}`];
    const unused = args.filter((arg) => a.includes(arg) && !b.includes(arg));
    pairs.push({ path: `${path}()`, lang, en: a, other: b });
    return unused.length ? [`${path}(): ${lang} drops argument(s) ${unused.join(', ')}`] : [];
  }
  if (typeof en === 'string') {
    if (typeof other !== 'string' || !other.trim()) return [`${path}: missing or empty in ${lang}`];
    pairs.push({ path, lang, en, other });
    return [];
  }
  if (isPlainObject(en)) {
    if (!isPlainObject(other)) return [`${path}: missing in ${lang}`];
    const problems: string[] = [];
    for (const key of Object.keys(other)) {
      if (!(key in en)) problems.push(`${path}.${key}: in ${lang} but not in English`);
    }
    for (const key of Object.keys(en)) {
      problems.push(...compareShape(en[key], other[key], `${path}.${key}`, lang, pairs));
    }
    return problems;
  }
  return [`${path}: unexpected ${typeof en} in English`];
}

/** Is this object a Localised value (keyed by language)? */
const isLanguage = (key: string) => (LANGS as readonly string[]).includes(key);
const isLocalised = (value: Record<string, unknown>) => Object.keys(value).some(isLanguage);

/**
 * Finds every Localised value inside `value`, wherever it sits (titles, block texts, list items, leads, sign labels
 * and care notes, and any added later): returns what is wrong, and adds each language's text to `pairs`.
 */
function walkLocalised(value: unknown, path: string, pairs: Pair[], found: { count: number }): string[] {
  if (Array.isArray(value)) {
    // Name items by their id where they have one: SIGNS[fever], GUIDE_SECTIONS[physical].
    const name = (item: unknown, i: number) => (isPlainObject(item) && typeof item.id === 'string' ? item.id : i);
    return value.flatMap((item, i) => walkLocalised(item, `${path}[${name(item, i)}]`, pairs, found));
  }
  if (!isPlainObject(value)) return [];
  if (!isLocalised(value)) {
    return Object.entries(value).flatMap(([key, child]) => walkLocalised(child, `${path}.${key}`, pairs, found));
  }
  found.count += 1;
  const problems: string[] = [];
  for (const key of Object.keys(value)) {
    if (!isLanguage(key)) problems.push(`${path}: unknown language "${key}"`);
  }
  const en = value.en;
  if (typeof en !== 'string' || !en.trim()) return [...problems, `${path}: missing or empty in en`];
  for (const lang of OTHERS) {
    const other = value[lang];
    if (typeof other !== 'string' || !other.trim()) problems.push(`${path}: missing or empty in ${lang}`);
    else pairs.push({ path, lang, en, other });
  }
  return problems;
}

/** Every piece of text, English beside each other language, gathered once for the checks below. */
function gather() {
  const pairs: Pair[] = [];
  const problems: string[] = [];
  for (const [name, dictionary] of Object.entries(DICTIONARIES)) {
    for (const lang of OTHERS) problems.push(...compareShape(dictionary.en, dictionary[lang], name, lang, pairs));
  }
  const found = { count: 0 };
  for (const [name, content] of Object.entries(CONTENT)) problems.push(...walkLocalised(content, name, pairs, found));
  return { pairs, problems, found: found.count };
}

const numbers = (text: string) => (text.match(/\d+/g) ?? []).sort();
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('content in every language', () => {
  const { pairs, problems, found } = gather();

  it('has a dictionary for every language and no other', () => {
    for (const [name, dictionary] of Object.entries(DICTIONARIES)) {
      expect(Object.keys(dictionary).sort(), name).to.deep.equal([...LANGS].sort());
    }
  });

  it('has every key and every piece of text in every language', () => {
    expect(problems).to.deep.equal([]);
  });

  it('finds the content it checks', () => {
    // Every sign's label, every intro paragraph and every section title, at the least.
    expect(found).to.be.at.least(SIGNS.length + GUIDE_INTRO.length + GUIDE_SECTIONS.length);
    expect(pairs.length).to.be.at.least(found * OTHERS.length);
  });

  it('keeps the same placeholders, such as {fever}', () => {
    const wrong = pairs.filter((p) => placeholders(p.en).join() !== placeholders(p.other).join());
    expect(wrong.map((p) => `${p.path} (${p.lang}): ${p.other}`)).to.deep.equal([]);
    const fever = pairs.filter((p) => p.path.startsWith('SIGNS') && p.other.includes('{fever}'));
    const feverSigns = SIGNS.filter((sign) => sign.label.en.includes('{fever}'));
    expect(feverSigns, 'signs with {fever}').not.to.be.empty;
    expect(fever.length, 'translated signs with {fever}').to.equal(feverSigns.length * OTHERS.length);
  });

  it('keeps the same numbers (thresholds, weeks, days, phone numbers)', () => {
    const wrong = pairs.filter((p) => numbers(p.en).join() !== numbers(p.other).join());
    expect(wrong.map((p) => `${p.path} (${p.lang}): [${numbers(p.en)}] → [${numbers(p.other)}]`)).to.deep.equal([]);
  });

  it('uses none of the words patients find hurtful', () => {
    const texts = pairs.flatMap((p) => [
      { lang: 'en' as Lang, path: p.path, text: p.en },
      { lang: p.lang, path: p.path, text: p.other },
    ]);
    const wrong = texts.filter((t) => FORBIDDEN[t.lang].test(t.text));
    expect(wrong.map((t) => `${t.path} (${t.lang}): ${t.text}`)).to.deep.equal([]);
  });

  it('leaves no English behind', () => {
    // Text may stay the same only when it has no ordinary words: a proper name or a number.
    const nameOrNumber = (text: string) => !/\p{Ll}{3,}/u.test(text);
    const same = pairs.filter((p) => p.en === p.other && !nameOrNumber(p.en));
    expect(same.map((p) => `${p.path} (${p.lang}): ${p.other}`), 'untranslated').to.deep.equal([]);
    const english = pairs.filter((p) => ENGLISH.test(p.other.replace(/⟦\w+⟧/g, '')));
    expect(english.map((p) => `${p.path} (${p.lang}): ${p.other}`), 'English words').to.deep.equal([]);
  });

  it('opens Spanish questions and exclamations with ¿ and ¡', () => {
    const spanish = pairs.filter((p) => p.lang === 'es');
    const count = (text: string, mark: string) => text.split(mark).length - 1;
    const unopened = (text: string) => count(text, '¿') !== count(text, '?') || count(text, '¡') !== count(text, '!');
    const wrong = spanish.filter((p) => unopened(p.other));
    expect(wrong.map((p) => `${p.path}: ${p.other}`)).to.deep.equal([]);
  });
});
