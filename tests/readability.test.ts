/**
 * Reading level of the recovery guide's own words: the Flesch–Kincaid grade of each built-in section (title,
 * paragraphs, lists, sub-headings and the warning signs it shows, joined), from wooorm's `flesch-kincaid` formula
 * and `syllable` counter. Each grade must be 8 or lower (NIH); we aim for 6 (AMA). The grades are logged so the
 * README can quote them.
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

/** Flesch–Kincaid grade of pieces of text, each read as at least one sentence. */
function grade(pieces: readonly string[]) {
  const text = pieces.map((p) => p.trim()).map((p) => (/[.!?:]$/.test(p) ? p : `${p}.`)).join(' ');
  const sentence = (text.match(/[.!?:]+(?=\s|$)/g) ?? []).length;
  // Words, including numbers such as 100.4°F and 2; apostrophes stay inside words.
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.°-]*/gu) ?? [];
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w.replace(/’/g, "'").replace(/\.$/, ''))), 0);
  return fleschKincaid({ sentence, word: words.length, syllable: syllables });
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
