// The size of the drop-in script, measured one way for everyone: `npm run check:size` (the budget) and
// `npm run bench` (the size row) both call measureSize(), so the two can never disagree.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const DIST_FILE = fileURLToPath(new URL('../dist/haven.min.js', import.meta.url));

/**
 * The gzip budget for dist/haven.min.js, with all three elements, English and Spanish, and all six regions: 30 KB
 * (30 * 1024 bytes). It was 24 KB while Haven spoke only English; each language's text costs about 4.2 to 4.7 KB
 * gzipped, so the Spanish content alone does not fit under the old figure (docs/performance.md, "Budget").
 */
export const GZIP_BUDGET = 30 * 1024;

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
