// Two builds from the same sources:
// - dist/haven.min.js: one classic script (IIFE) with production Lit bundled in, for a plain <script src>;
// - dist/index.js + dist/define.js: ES modules with `lit` external, so apps that already use Lit load one copy.
// Type declarations come from a separate `tsc --emitDeclarationOnly` run (see package.json), because
// @rollup/plugin-typescript refuses declarationDir together with output.file (rollup/plugins#1776).
import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! haven-elements ${version} | MIT | makes no network requests, sets no cookies, stores nothing */`;
const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false });

export default [
  {
    input: 'src/define.ts',
    output: {
      file: 'dist/haven.min.js',
      format: 'iife',
      banner,
      // Nothing leaks into the page's globals: the script only registers its elements.
    },
    plugins: [
      // Lit's default export condition is its production build; 'development' is never requested here.
      resolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
      ts(),
      // Collapses whitespace inside html`` and css`` templates; text content is left as written.
      minifyHTML(),
      terser({
        ecma: 2021,
        module: false,
        compress: { passes: 2 },
        // ASCII escapes keep ’ and ° intact on host pages served without a UTF-8 charset.
        format: { comments: /^!/, ascii_only: true },
      }),
    ],
  },
  {
    input: { index: 'src/index.ts', define: 'src/define.ts' },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    output: { dir: 'dist', format: 'es', banner, chunkFileNames: 'chunks/[name]-[hash].js' },
    plugins: [ts()],
  },
];
