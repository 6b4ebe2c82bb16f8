/**
 * Reading level of the recovery guide's own words, per built-in section (title, paragraphs, lists, sub-headings
 * and the warning signs it shows, joined). The scores are logged so the README can quote them.
 *
 * English: the Flesch–Kincaid grade, from wooorm's `flesch-kincaid` formula and `syllable` counter. Each grade must
 * be 8 or lower (NIH); we aim for 6 (AMA).
 *
 * Spanish: the Fernández-Huerta reading ease (Fernández Huerta J. "Medidas sencillas de lecturabilidad",
 * Consigna 1959;214:29–32), with the correction published by Gwillim Law ("Error in the Fernandez Huerta
 * readability formula", LINGUIST List 22.2332, 2011):
 *
 *   L = 206.84 − 0.60 · P − 1.02 · F
 *
 * P = syllables per 100 words, F = words per sentence. The formula is often printed with F = sentences per
 * 100 words, which makes shorter sentences score as harder, the opposite of Flesch's formula it adapts; for text
 * of about 10 words per sentence both forms give nearly the same number, and both are logged. On
 * Fernández-Huerta's scale 60–70 is "normal" (7th–8th grade), 70–80 "fairly easy" (6th grade), 80–90 "easy"
 * (5th grade). Each section must score 60 or more; if one does not, simplify its Spanish rather than lower the bar.
 *
 * Sentences: each paragraph, list item and heading is its own sentence (one without an end mark gets a full
 * stop), because a reader meets them one at a time.
 */
import { expect } from '@open-wc/testing';
import { fleschKincaid } from 'flesch-kincaid';
import { GUIDE_INTRO, GUIDE_SECTIONS, sectionText } from '../src/content/guide.js';

type Syllable = (value: string) => number;

/**
 * Loads `syllable` in the browser. Its dependencies `pluralize` and `normalize-strings` are CommonJS/UMD, which the
 * test server serves as they are (web-test-runner.config.mjs has no CommonJS plugin), so a plain
 * `import { syllable } from 'syllable'` fails with "does not provide an export named 'default'". Here each of
 * them runs with a `module` object, and syllable's own ES module is imported from a copy whose two import
 * specifiers point at small modules exporting what they returned. The package code itself is unchanged.
 * Adding @rollup/plugin-commonjs to the test config would make this unnecessary.
 */
async function loadSyllable(): Promise<Syllable> {
  const text = async (path: string) => {
    const res = await fetch(path);
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    return res.text();
  };
  const commonjs = (source: string, require: (id: string) => unknown = () => undefined) => {
    const module = { exports: {} as unknown };
    new Function('module', 'exports', 'require', source)(module, module.exports, require);
    return module.exports;
  };
  const charmap = JSON.parse(await text('/node_modules/normalize-strings/charmap.json'));
  const exports = globalThis as unknown as Record<string, unknown>;
  exports.__havenPluralize = commonjs(await text('/node_modules/pluralize/pluralize.js'));
  exports.__havenNormalize = commonjs(await text('/node_modules/normalize-strings/index.js'), () => charmap);
  const shim = (name: string) =>
    URL.createObjectURL(new Blob([`export default globalThis.${name};`], { type: 'text/javascript' }));
  const problematic = new URL('/node_modules/syllable/problematic.js', location.href).href;
  const source = (await text('/node_modules/syllable/index.js'))
    .replace(/(from\s+)(['"])[^'"]*pluralize[^'"]*\2/, `$1'${shim('__havenPluralize')}'`)
    .replace(/(from\s+)(['"])[^'"]*normalize-strings[^'"]*\2/, `$1'${shim('__havenNormalize')}'`)
    .replace(/(from\s+)(['"])[^'"]*problematic\.js\2/, `$1'${problematic}'`);
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const mod = (await import(url)) as { syllable: Syllable };
  return mod.syllable;
}

let syllable: Syllable;

/** Pieces of text joined, each read as at least one sentence, split into words and counted. */
function count(pieces: readonly string[]) {
  const text = pieces.map((p) => p.trim()).map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`)).join(' ');
  const sentences = (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length;
  // Words, including numbers such as 100.4°F and 2; apostrophes stay inside words. Spanish ¿ and ¡ are not words.
  const words = (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.°-]*/gu) ?? []).map((w) => w.replace(/\.$/, ''));
  return { sentences, words };
}

/** Flesch–Kincaid grade of pieces of English text. */
function grade(pieces: readonly string[]) {
  const { sentences, words } = count(pieces);
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w.replace(/’/g, "'"))), 0);
  return fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables });
}

const STRONG = new Set([...'aeoáéó']);
const ACCENTED_WEAK = new Set([...'íú']);
const WEAK = new Set([...'iuü']);
const NUMBER_WORDS = [
  ...'cero uno dos tres cuatro cinco seis siete ocho nueve diez'.split(' '),
  ...'once doce trece catorce quince dieciséis diecisiete dieciocho diecinueve veinte'.split(' '),
];

/**
 * Syllables in a Spanish word, from its vowel groups: a/e/o (and a stressed í or ú) next to each other are in
 * separate syllables (hiatus: "día", "oír"); an unstressed i/u next to any vowel joins it (diphthong: "ciudad",
 * "huevo"); the u of gue/gui/que/qui is silent; y is a vowel when no vowel follows it ("hoy", "y"). Whole numbers
 * up to 20 are counted as spoken; other numbers at 2 syllables a digit, a rough estimate.
 */
function spanishSyllables(word: string): number {
  const w = word.toLowerCase().normalize('NFC');
  if (/^\d+$/.test(w) && Number(w) < NUMBER_WORDS.length) return spanishSyllables(NUMBER_WORDS[Number(w)]);
  if (/\d/.test(w)) return 2 * w.replace(/\D/g, '').length;
  const letters = w.replace(/[^a-záéíóúüñ]/g, '').replace(/([qg])u(?=[eéiíy])/g, '$1');
  let syllables = 0;
  let previous: string | undefined;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i] === 'y' ? (/[aeiouáéíóú]/.test(letters[i + 1] ?? '') ? 'y' : 'i') : letters[i];
    if (!STRONG.has(ch) && !ACCENTED_WEAK.has(ch) && !WEAK.has(ch)) {
      previous = undefined;
      continue;
    }
    // Two strong vowels, or a strong one beside a stressed í/ú, are two syllables; anything else is one.
    const hiatus =
      previous !== undefined &&
      ((STRONG.has(previous) && (STRONG.has(ch) || ACCENTED_WEAK.has(ch))) ||
        (ACCENTED_WEAK.has(previous) && STRONG.has(ch)));
    if (previous === undefined || hiatus) syllables += 1;
    previous = ch;
  }
  return Math.max(1, syllables);
}

/** Fernández-Huerta reading ease of pieces of Spanish text (corrected form), and the commonly printed form. */
function readingEase(pieces: readonly string[]) {
  const { sentences, words } = count(pieces);
  const syllables = words.reduce((n, w) => n + spanishSyllables(w), 0);
  const P = (100 * syllables) / words.length;
  return {
    ease: 206.84 - 0.6 * P - 1.02 * (words.length / sentences),
    printed: 206.84 - 0.6 * P - 1.02 * ((100 * sentences) / words.length),
  };
}

describe('reading level of the recovery guide', () => {
  const grades: Record<string, number> = {};

  before(async () => {
    syllable = await loadSyllable();
  });

  after(() => {
    const lines = Object.entries(grades).map(([id, g]) => `${id}: ${g.toFixed(1)}`);
    console.log(`Flesch–Kincaid grades — ${lines.join(', ')}`);
  });

  it('counts syllables like the package does', () => {
    expect(syllable('pregnancy')).to.equal(3);
    expect(syllable('grieve')).to.equal(1);
    expect(grade(['The cat sat on the mat.'])).to.be.below(1);
  });

  it('keeps the opening words at grade 8 or below', () => {
    grades.intro = grade(GUIDE_INTRO.map((p) => p.en));
    expect(grades.intro).to.be.at.most(8);
  });

  for (const section of GUIDE_SECTIONS) {
    it(`keeps the "${section.id}" section at grade 8 or below (°F and °C)`, () => {
      grades[section.id] = grade(sectionText(section, 'en', 'F'));
      expect(grades[section.id], section.id).to.be.at.most(8);
      expect(grade(sectionText(section, 'en', 'C')), `${section.id} in °C`).to.be.at.most(8);
    });
  }

  it('uses words patients prefer', () => {
    const all = [...GUIDE_INTRO.map((p) => p.en), ...GUIDE_SECTIONS.flatMap((s) => sectionText(s))].join(' ');
    expect(all).not.to.match(/spontaneous abortion|products of conception|\bfailed\b|incompetent/i);
  });
});

describe('reading level of the Spanish recovery guide', () => {
  const scores: Record<string, { ease: number; printed: number }> = {};

  after(() => {
    const lines = Object.entries(scores).map(
      ([id, s]) => `${id}: ${s.ease.toFixed(1)} (printed form ${s.printed.toFixed(1)})`,
    );
    console.log(`Fernández-Huerta reading ease (es) — ${lines.join(', ')}`);
  });

  it('counts Spanish syllables', () => {
    const known: Record<string, number> = {
      embarazo: 4,
      pérdida: 3,
      día: 2,
      cuidado: 3,
      guerra: 2,
      que: 1,
      ahora: 3,
      aunque: 2,
      sangrado: 3,
      hospital: 3,
      tranquila: 3,
      país: 2,
      ciudad: 2,
      huevo: 2,
      oír: 2,
      hoy: 1,
      y: 1,
      ayuda: 3,
      guía: 2,
      pingüino: 3,
      seguimiento: 4,
      Sangrado: 3,
      '10': 1,
      '2': 1,
    };
    const got = Object.fromEntries(Object.keys(known).map((w) => [w, spanishSyllables(w)]));
    expect(got).to.deep.equal(known);
  });

  it('computes the formula', () => {
    // 10 words, 15 syllables (P = 150), one sentence (F = 10): 206.84 − 90 − 10.2 = 106.64.
    expect(readingEase(['Mi mamá come pan y mi papá toma su café.']).ease).to.be.closeTo(106.64, 0.01);
    expect(readingEase(['La pérdida del embarazo es dolorosa.']).ease).to.be.below(
      readingEase(['La pérdida duele.', 'Es muy triste.']).ease,
    );
  });

  it('keeps the opening words at 60 or more', () => {
    scores.intro = readingEase(GUIDE_INTRO.map((p) => p.es));
    expect(scores.intro.ease).to.be.at.least(60);
  });

  for (const section of GUIDE_SECTIONS) {
    it(`keeps the "${section.id}" section at 60 or more (°F and °C)`, () => {
      scores[section.id] = readingEase(sectionText(section, 'es', 'F'));
      expect(scores[section.id].ease, section.id).to.be.at.least(60);
      expect(readingEase(sectionText(section, 'es', 'C')).ease, `${section.id} in °C`).to.be.at.least(60);
    });
  }
});
