// `npm run check:size`: fails (exit 1) when dist/haven.min.js is over its gzip budget (GZIP_BUDGET in scripts/size.mjs: 30 KB with both
// languages and all regions).
// Measures the file as built; run `npx rollup -c` (or `npm run build`) first. The figure comes from the same
// measureSize() that `npm run bench` reports.
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { DIST_FILE, GZIP_BUDGET, formatBytes, measureSize } from './size.mjs';

if (!existsSync(DIST_FILE)) {
  console.error(`check:size: ${relative(process.cwd(), DIST_FILE)} does not exist; run \`npx rollup -c\` first.`);
  process.exit(1);
}
const size = measureSize();
const name = relative(process.cwd(), size.file) || size.file;
const share = ((size.gzip / GZIP_BUDGET) * 100).toFixed(1);
console.log(`${name}: raw ${formatBytes(size.raw)}, gzip -9 ${formatBytes(size.gzip)}, brotli q11 ${formatBytes(size.brotli)}`);
if (size.gzip > GZIP_BUDGET) {
  console.error(`check:size: FAIL, gzip ${formatBytes(size.gzip)} is over the budget of ${formatBytes(GZIP_BUDGET)} (${share}%).`);
  process.exit(1);
}
console.log(`check:size: ok, gzip ${formatBytes(size.gzip)} is within the budget of ${formatBytes(GZIP_BUDGET)} (${share}%).`);
