// `npm run size:report`: where each drop-in script's bytes go. For every script in scripts/size.mjs it bundles the
// same entry with esbuild (minified, production Lit) and sorts the minified bytes of each source file into Lit, shared
// code, element code, styles, text and region data; the gzip column shares out the real dist/ file's gzip size in
// the same proportions, so it is an estimate per row and exact in total. It writes each esbuild metafile to
// bench-results/size-<script>.meta.json: open it in esbuild's bundle analyzer (https://esbuild.github.io/analyze/)
// for a treemap. Run the build first. docs/performance.md keeps the table current.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { SCRIPTS, distFile, formatBytes, measureSize } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ENTRIES = {
  haven: 'src/define.ts',
  'haven-crisis-banner': 'src/crisis-banner/define.ts',
  'haven-warning-signs': 'src/warning-signs/define.ts',
  'haven-recovery-guide': 'src/recovery-guide/define.ts',
};

/** As rollup.config.mjs does for the English-only scripts: lang/available.en.ts in place of lang/available.ts. */
const englishOnly = {
  name: 'english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\/lang\/available\.js$/ }, () => ({ path: `${root}src/content/lang/available.en.ts` }));
  },
};

/** The row a source file counts towards. */
function category(path) {
  if (/node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]/.test(path)) return 'Lit (production build)';
  if (/node_modules/.test(path)) return 'other packages';
  if (/src[\\/]content[\\/]lang[\\/]en\.ts$/.test(path)) return 'English words';
  if (/src[\\/]content[\\/]lang[\\/]es\.ts$/.test(path)) return 'Spanish words';
  if (/src[\\/]content[\\/]contacts\.ts$/.test(path)) return 'region data: numbers, hours, dial plans';
  if (/src[\\/]content[\\/](signs|guide)\.ts$/.test(path)) return 'signs and guide structure (tiers, sources, blocks)';
  if (/src[\\/]content[\\/]/.test(path)) return 'content code (registry, sources, triage)';
  if (/styles\.ts$/.test(path)) return 'styles';
  if (/src[\\/](crisis-banner|warning-signs|recovery-guide)[\\/]/.test(path)) return 'element code';
  if (/src[\\/]core[\\/]theme-guard\.ts$/.test(path)) return 'theme guard (contrast and hiding checks)';
  return 'shared code (core/)';
}

mkdirSync(`${root}bench-results`, { recursive: true });
for (const { file } of SCRIPTS) {
  if (!existsSync(distFile(file))) {
    console.error(`size:report: dist/${file} does not exist; run \`npx rollup -c\` first.`);
    process.exit(1);
  }
  const real = measureSize(distFile(file));
  const result = await build({
    entryPoints: [`${root}${ENTRIES[file.replace(/(\.en)?\.min\.js$/, '')]}`],
    plugins: file.endsWith('.en.min.js') ? [englishOnly] : [],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    conditions: ['production'],
    tsconfig: `${root}tsconfig.json`,
    define: { __HAVEN_TRUSTED_TYPES_POLICY__: '"haven"' },
    logLevel: 'silent',
    outfile: `${root}bench-results/${file}`,
  });
  writeFileSync(`${root}bench-results/size-${file.replace(/\.min\.js$/, '')}.meta.json`, JSON.stringify(result.metafile));
  const output = Object.values(result.metafile.outputs)[0];
  const rows = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    rows.set(category(path), (rows.get(category(path)) ?? 0) + bytesInOutput);
  }
  const total = [...rows.values()].reduce((a, b) => a + b, 0);
  console.log(`\n### dist/${file}: gzip -9 ${formatBytes(real.gzip)}, raw ${formatBytes(real.raw)}\n`);
  console.log('| Part | Minified (esbuild) | Share | gzip -9 (estimate) |');
  console.log('|---|---:|---:|---:|');
  for (const [name, bytes] of [...rows].sort((a, b) => b[1] - a[1])) {
    const share = bytes / total;
    console.log(`| ${name} | ${(bytes / 1024).toFixed(1)} KB | ${(share * 100).toFixed(0)}% | ${((share * real.gzip) / 1024).toFixed(1)} KB |`);
  }
}
