// `npm run build:examples` (part of `npm run build` and `npm test`): builds the WordPress example into
// examples/wordpress/dist/ from the package's own build in dist/ (run `npm run build:package` first). No bundler:
// the page as WordPress would serve it, with haven.min.js and the listener script copied where the media library
// would keep them, and the script's integrity hash filled in.
//
// The app examples (react/, vue/, next/, vitest/, typescript/) are projects of their own that install the packed
// package: scripts/examples.mjs (`npm run examples`) installs, builds and tests them.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = dirname(fileURLToPath(import.meta.url));
const root = join(examples, '..');

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

const out = join(examples, 'wordpress/dist');
rmSync(out, { recursive: true, force: true });
const uploads = join(out, 'wp-content/uploads/haven');
copy(join(root, 'dist/haven.min.js'), join(uploads, 'haven.min.js'));
copy(join(examples, 'wordpress/haven-listener.js'), join(uploads, 'haven-listener.js'));
copy(join(examples, 'clinic.css'), join(out, 'wp-content/themes/clinic/style.css'));
const sri = readFileSync(join(root, 'dist/haven.min.js.sri'), 'utf8').trim();
const page = readFileSync(join(examples, 'wordpress/page.html'), 'utf8');
if (!page.includes('%HAVEN_SRI%')) throw new Error('examples/wordpress/page.html: %HAVEN_SRI% placeholder missing');
writeFileSync(join(out, 'index.html'), page.replace('%HAVEN_SRI%', sri));
