// `npm run build:examples` (part of `npm run build` and `npm test`): builds each framework example into
// examples/<name>/dist/, from the package's own build in dist/ (run `npx rollup -c` first).
//
// - react/: esbuild bundles src/main.tsx with React 19. `haven-elements/define.js` resolves through this package's
//   own `exports` (a package may import itself by name), so the example imports Haven exactly as an app would.
// - vue/: esbuild bundles src/main.js with Vue's runtime-only build. App.vue is compiled here, ahead of time, by
//   @vue/compiler-sfc with `isCustomElement` for haven-* tags: the page needs no template compiler and no eval.
// - wordpress/: no bundler. The page as WordPress would serve it, with haven.min.js and the listener script copied
//   where the media library would keep them, and the script's integrity hash filled in.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { compileScript, parse } from '@vue/compiler-sfc';

const examples = dirname(fileURLToPath(import.meta.url));
const root = join(examples, '..');

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}

/** Fresh examples/<name>/dist/ with the page and the shared clinic stylesheet. */
function prepare(name) {
  const out = join(examples, name, 'dist');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  return out;
}

const bundle = (entry, out, options = {}) =>
  build({
    entryPoints: [entry],
    outfile: join(out, 'app.js'),
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2021',
    platform: 'browser',
    logLevel: 'warning',
    legalComments: 'none',
    // Not examples/tsconfig.json: its `paths` point haven-elements at the sources for the type check, while the
    // bundles must use the built package, as an installed app would.
    tsconfigRaw: { compilerOptions: { jsx: 'react-jsx' } },
    ...options,
    define: { 'process.env.NODE_ENV': '"production"', ...options.define },
  });

/** Compiles single-file components: `<script setup>` with its template inlined as a render function. */
const vueSfc = {
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, ({ path }) => {
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, {
        id: path,
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('haven-') } },
      });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(path) };
    });
  },
};

async function react() {
  const out = prepare('react');
  await bundle(join(examples, 'react/src/main.tsx'), out);
  copy(join(examples, 'react/index.html'), join(out, 'index.html'));
  copy(join(examples, 'clinic.css'), join(out, 'clinic.css'));
}

async function vue() {
  const out = prepare('vue');
  await bundle(join(examples, 'vue/src/main.js'), out, {
    plugins: [vueSfc],
    // Vue's compile-time flags for a production build that uses <script setup> only.
    define: { __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  });
  copy(join(examples, 'vue/index.html'), join(out, 'index.html'));
  copy(join(examples, 'clinic.css'), join(out, 'clinic.css'));
}

function wordpress() {
  const out = prepare('wordpress');
  const uploads = join(out, 'wp-content/uploads/haven');
  copy(join(root, 'dist/haven.min.js'), join(uploads, 'haven.min.js'));
  copy(join(examples, 'wordpress/haven-listener.js'), join(uploads, 'haven-listener.js'));
  copy(join(examples, 'clinic.css'), join(out, 'wp-content/themes/clinic/style.css'));
  const sri = readFileSync(join(root, 'dist/haven.min.js.sri'), 'utf8').trim();
  const page = readFileSync(join(examples, 'wordpress/page.html'), 'utf8');
  if (!page.includes('%HAVEN_SRI%')) throw new Error('examples/wordpress/page.html: %HAVEN_SRI% placeholder missing');
  writeFileSync(join(out, 'index.html'), page.replace('%HAVEN_SRI%', sri));
}

await Promise.all([react(), vue(), wordpress()]);
