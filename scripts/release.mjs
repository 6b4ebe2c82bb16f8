// `npm run release`: release/haven-<version>.zip, for clinics whose web person has no Node.js. One folder,
// haven-<version>/, with:
//
// - haven.min.js and haven.min.js.sri (and any other drop-in script the build writes as dist/*.min.js, each with its
//   hash), LICENSE;
// - EMBED.md (scripts/release/EMBED.md with this version and hash filled in): how to host the script and paste the code;
// - embed-builder.html: demo/builder.html as one file, its stylesheet, its code and Haven itself inlined, so it works
//   opened from disk (file://), where a page can load no other file. Every replacement must find its target
//   exactly once, so a change to the builder's page that this script does not know fails the release.
//
// Entries carry a fixed date, so the same build always gives the same archive. tests/node/release.test.mjs opens the
// builder from the archive in Chromium and Firefox.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path) => readFileSync(join(root, path));
const text = (path) => readFileSync(join(root, path), 'utf8');
const { version } = JSON.parse(text('package.json'));

/** Replaces the one occurrence of `target`; anything else is an error. */
function replaceOnce(source, target, replacement, where) {
  const parts = source.split(target);
  if (parts.length !== 2) throw new Error(`${where}: expected "${target}" once, found it ${parts.length - 1} times`);
  return parts.join(replacement);
}

/** Script text that cannot end its <script> element early. */
const inlineScript = (code) => code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

async function embedBuilder() {
  const bundled = await build({
    entryPoints: [join(root, 'demo/builder.js')],
    bundle: true,
    format: 'esm',
    write: false,
    target: 'es2021',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const favicon = `data:image/svg+xml;base64,${read('demo/favicon.svg').toString('base64')}`;
  let page = text('demo/builder.html');
  page = replaceOnce(page, '<link rel="icon" href="favicon.svg"', `<link rel="icon" href="${favicon}"`, 'builder.html');
  page = replaceOnce(page, '<link rel="stylesheet" href="builder.css" />', `<style>\n${text('demo/builder.css')}</style>`, 'builder.html');
  page = replaceOnce(page, '<script src="/dist/haven.min.js"></script>', `<script>${inlineScript(text('dist/haven.min.js'))}</script>`, 'builder.html');
  page = replaceOnce(
    page,
    '<script type="module" src="builder.js"></script>',
    `<script type="module">\n${inlineScript(bundled.outputFiles[0].text)}</script>`,
    'builder.html',
  );
  page = replaceOnce(
    page,
    '<!-- Haven itself, for the live preview; builder.js writes the code. No inline script or style (strict CSP). -->',
    `<!-- Haven ${version}'s embed builder as one file (npm run release): its style, Haven and its code are inlined. -->`,
    'builder.html',
  );
  return page;
}

function embedGuide(scripts) {
  const integrity = text('dist/haven.min.js.sri').trim();
  const more = scripts
    .filter((name) => name !== 'haven.min.js')
    .map((name) => `| \`${name}\`, \`${name}.sri\` | A drop-in script with one part only, and its hash. |\n`)
    .join('');
  let guide = text('scripts/release/EMBED.md').replaceAll('{{version}}', version).replaceAll('{{integrity}}', integrity);
  guide = replaceOnce(guide, '{{more-scripts}}\n', more, 'EMBED.md');
  if (guide.includes('{{')) throw new Error('EMBED.md: a placeholder was not filled in');
  return guide;
}

const scripts = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.min.js')).sort();
for (const name of scripts) {
  const sri = `sha384-${createHash('sha384').update(read(`dist/${name}`)).digest('base64')}`;
  if (text(`dist/${name}.sri`).trim() !== sri) throw new Error(`dist/${name}.sri is not the hash of dist/${name}: rebuild`);
}

const folder = `haven-${version}`;
const mtime = new Date('2026-01-01T00:00:00Z');
const files = {
  [`${folder}/EMBED.md`]: Buffer.from(embedGuide(scripts)),
  [`${folder}/embed-builder.html`]: Buffer.from(await embedBuilder()),
  [`${folder}/LICENSE`]: read('LICENSE'),
};
for (const name of scripts) {
  files[`${folder}/${name}`] = read(`dist/${name}`);
  files[`${folder}/${name}.sri`] = read(`dist/${name}.sri`);
}
const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]])), { level: 9 });
mkdirSync(join(root, 'release'), { recursive: true });
writeFileSync(join(root, 'release', `${folder}.zip`), zip);
console.log(`release/${folder}.zip: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(1)} KB`);
