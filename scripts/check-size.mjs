// `npm run check:size`: measures every drop-in script in dist/ (gzip -9) against its budget from issue #17 and its
// ceiling (scripts/size.mjs SCRIPTS). Exit 1 when a script is missing or over its ceiling, or over its budget where
// it has no ceiling; a script over its budget but within its ceiling is printed as OVER BUDGET, with the issue that
// tracks it, and does not fail the run (docs/performance.md, "Budgets").
// Measures the files as built; run `npx rollup -c` (or `npm run build`) first. The figures come from the same
// measureSize() that `npm run bench` reports.
import { existsSync } from 'node:fs';
import { SCRIPTS, distFile, formatBytes, measureSize } from './size.mjs';

let failed = false;
for (const { file, what, budget, ceiling } of SCRIPTS) {
  const path = distFile(file);
  if (!existsSync(path)) {
    console.error(`check:size: dist/${file} does not exist; run \`npx rollup -c\` first.`);
    failed = true;
    continue;
  }
  const size = measureSize(path);
  const line = `dist/${file} (${what}): gzip -9 ${formatBytes(size.gzip)}, raw ${formatBytes(size.raw)}, brotli ${formatBytes(size.brotli)}`;
  const overBudget = budget !== null && size.gzip > budget;
  if (size.gzip > (ceiling ?? budget ?? Infinity)) {
    console.error(`${line}\n  FAIL: over its ${ceiling ? 'ceiling' : 'budget'} of ${formatBytes(ceiling ?? budget)}; it may not grow.`);
    failed = true;
  } else if (overBudget) {
    const share = ((size.gzip / budget) * 100).toFixed(0);
    console.log(`${line}\n  OVER BUDGET: ${share}% of the ${formatBytes(budget)} budget (issue #17, open); within its ceiling of ${formatBytes(ceiling)}.`);
  } else {
    console.log(`${line}\n  ok${budget !== null ? `: within the budget of ${formatBytes(budget)}` : ` (no budget; ceiling ${formatBytes(ceiling)})`}.`);
  }
}
process.exit(failed ? 1 : 0);
