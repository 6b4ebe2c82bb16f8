// The size of the drop-in script, measured one way for everyone: `npm run check:size` (the budget) and
// `npm run bench` (the size row) both call measureSize(), so the two can never disagree.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const DIST_FILE = fileURLToPath(new URL('../dist/haven.min.js', import.meta.url));

/**
 * The gzip budget for dist/haven.min.js, with all three elements, English and Spanish, and all six regions: 28 KB
 * (issue #17). It was 24 KB while Haven spoke only English, then 30 KB; #17 set 28 KB for both languages.
 */
export const GZIP_BUDGET = 28 * 1024;

/**
 * Every drop-in script with its gzip budget from issue #17 (`budget`, or `null` where the issue sets none) and its
 * ceiling: the size measured when the budget was first missed, which CI enforces so nothing grows while #17 is open
 * (docs/performance.md, "Budgets"). A ceiling never replaces the budget: check:size prints both, and a script over
 * its budget is reported as over it. The banner's and the guide's ceilings went up by 1 KB on 2026-12-02, when the
 * words moved into one module per language (#17 item 1): separate dictionaries compress a little worse than
 * English and Spanish side by side. The same day the ceilings of every script that shows the ways to get help without
 * a voice call (#19) went up by what those cost: 1.2 to 2.2 KB, with the fuller instructions an outside review asked
 * for (register first, reply YES, what to write in the first text, press 55). Later that day "Open now" / "Closed
 * now · opens …" for lines with opening hours and `clinic-hours` (#19 item 2) cost 1.5 to 1.7 KB per script
 * (docs/performance.md, "Cost of #19 item 2"): each ceiling went to the next KB above the new size (+1 or +2 KB),
 * the hydrate script's to 46 KB, since 45 KB would have left it 3 bytes of room.
 * The same day #19 items 4 and 5 ("Print my
 * answers", about 1.0 KB in the checklist; the guide's `partners` section, about 1.4 KB in the guide, 0.1 KB in the
 * banner for its lines) raised the ceilings of every script but the banner's to the next KB above the measured
 * size (docs/performance.md, "Cost of #19 items 4 and 5"). The clinic's own local lines (#19 item 3: the parser,
 * the DOM watching, the templates and their warnings, in every element) cost 1.4 to 1.7 KB per script; each ceiling
 * went to the next KB above the measured size, or one more where that would have left under 20 bytes (the English
 * banner's and the guide's) (docs/performance.md, "Cost of #19 item 3"). The closed-clinic routes and the other
 * mends of the same day's clinical review (0.4 to 0.6 KB per script) took `haven.en.min.js` and the hydrate script
 * over their ceilings by under 0.2 KB: each went up 1 KB (docs/performance.md, "Cost of the closed-clinic routes").
 * On 2026-12-03 an outside red-team review's mends (local lines' kind and zone rules, a replaced list read again, the
 * phone splits, a plain script on pre-rendered HTML drawing once, the region's time zones, their warnings) cost 0.83
 * to 0.90 KB per script: every ceiling went up 1 KB (docs/performance.md, "Cost of the red-team mends").
 * On 2026-12-03 (later) the opening hours written out in words with a fixed-width "Open now:" / "Closed now:" label,
 * so that a pre-rendered page does not shift when hydrated (#16), cost 0.5 to 0.7 KB per script: the seven scripts
 * it took over went up 1 KB (docs/performance.md, "Cost of hours without layout shift").
 * On 2026-12-04 a cold review's mends to the hours (no status and "local time" without a sure zone, still the way to
 * care while closed when the hours are unreadable or zoneless, ranges joined, "Every day", runs past Sunday, zones as
 * the browser names them, Firefox's lost prototype put back) cost about 0.3 KB per script: the English-only banner,
 * 71 B over, went up 1 KB (docs/performance.md, "Cost of the hours review").
 * On 2026-12-04 the pre-rendered checklist's answers without script gained their second steps and what depends on
 * the signs, and a box ticked before hydration keeps them until its full answer can come without moving what the
 * patient sees (#16): 1,277 B in the hydrate script (the other scripts lost 0 to 14 B); it went 706 B over and up 1 KB
 * (docs/performance.md, "Cost of early ticks without layout shift", which also has the deterministic text keys).
 */
export const SCRIPTS = [
  { file: 'haven.min.js', what: 'all three elements, English and Spanish', budget: 28 * 1024, ceiling: 50 * 1024 },
  { file: 'haven.en.min.js', what: 'all three elements, English only', budget: 22 * 1024, ceiling: 42 * 1024 },
  { file: 'haven-crisis-banner.min.js', what: 'the crisis banner, English and Spanish', budget: 13 * 1024, ceiling: 29 * 1024 },
  { file: 'haven-crisis-banner.en.min.js', what: 'the crisis banner, English only', budget: null, ceiling: 27 * 1024 },
  { file: 'haven-warning-signs.min.js', what: 'the warning-signs checklist, English and Spanish', budget: null, ceiling: 36 * 1024 },
  { file: 'haven-warning-signs.en.min.js', what: 'the warning-signs checklist, English only', budget: null, ceiling: 32 * 1024 },
  { file: 'haven-recovery-guide.min.js', what: 'the recovery guide, English and Spanish', budget: null, ceiling: 44 * 1024 },
  { file: 'haven-recovery-guide.en.min.js', what: 'the recovery guide, English only', budget: null, ceiling: 37 * 1024 },
  // Added with #16 (2026-12-02): haven.min.js plus Lit's hydration support, for pre-rendered pages; about 1.4 KB more.
  { file: 'haven-hydrate.min.js', what: 'all three elements with hydration support, English and Spanish', budget: null, ceiling: 53 * 1024 },
];

export const distFile = (name) => fileURLToPath(new URL(`../dist/${name}`, import.meta.url));

/**
 * Bytes of `file` raw, gzipped (zlib level 9) and brotli-compressed (zlib, maximum quality, text mode).
 * @param {string} [file] defaults to dist/haven.min.js
 * @returns {{ file: string, raw: number, gzip: number, brotli: number }}
 */
export function measureSize(file = DIST_FILE) {
  const buffer = readFileSync(file);
  const gzip = gzipSync(buffer, { level: 9 }).length;
  const brotli = brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
  return { file, raw: buffer.length, gzip, brotli };
}

/** 12345 -> "12.06 KB (12345 B)" */
export function formatBytes(bytes) {
  return `${(bytes / 1024).toFixed(2)} KB (${bytes} B)`;
}
