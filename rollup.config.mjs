// Two builds from the same sources:
// - dist/haven.min.js: one classic script (IIFE) with production Lit bundled in, for a plain <script src>;
// - dist/index.js + dist/define.js: ES modules with `lit` external, so apps that already use Lit load one copy;
//   dist/crisis-banner.js, dist/warning-signs.js, dist/recovery-guide.js each register one element;
//   dist/react.js (haven-elements/react) holds React components for the three, with `react` and `@lit/react` external
//   and 'use client' as its first line for Next.js. It shares the elements' chunks with the other entries.
// The build also writes dist/haven.min.js.sri, the Subresource Integrity hash (sha384) for a pinned <script>
// (docs/embedding.md).
// Type declarations come from a separate `tsc --emitDeclarationOnly` run (see package.json), because
// @rollup/plugin-typescript refuses declarationDir together with output.file (rollup/plugins#1776).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Start from an empty dist/: chunk names carry hashes, and package.json ships all of dist/, so a chunk left over
// from an earlier build would be published.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! haven-elements ${version} | MIT | makes no network requests, sets no cookies, stores nothing */`;
/**
 * Writes `<file>.sri` next to the bundle: `sha384-…` of the bytes on disk, for `<script integrity>`. Also writes
 * demo/build-info.js (git-ignored) with the version and the hash, for the embed builder's pinned <script> tag: the
 * demo's CSP allows no fetch, so the builder imports them.
 */
function subresourceIntegrity() {
  return {
    name: 'haven-sri',
    writeBundle({ file }) {
      const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      writeFileSync(`${file}.sri`, `${integrity}\n`);
      writeFileSync(
        'demo/build-info.js',
        `// Written by rollup.config.mjs on every build; do not edit.\nexport const VERSION = ${JSON.stringify(version)};\n` +
          `export const INTEGRITY = ${JSON.stringify(integrity)};\n`,
      );
    },
  };
}

/**
 * The drop-in script's Lit reads `src/core/lit-global.ts` where its sources say `globalThis`, and calls the
 * document's methods through it: named elements in the page (`<div id="litHtmlVersions">`, `<img
 * name="createElement">`) cannot stop it, and it uses the script's own Trusted Types policy (`policy`) instead of
 * taking "lit-html" from the page's own Lit widgets. The ES module build keeps the app's Lit as it is. The rewrite
 * is checked: a Lit release that reaches the document some other way fails the build rather than ship unprotected.
 */
function litWithoutPageGlobals(policy) {
  const shim = fileURLToPath(new URL('./src/core/lit-global.ts', import.meta.url));
  const lit = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element)[\\/]/;
  const METHODS = 'createComment|createElement|createTextNode|createTreeWalker|createDocumentFragment';
  return {
    name: 'haven-lit-without-page-globals',
    transform(code, id) {
      if (id === shim) return code.replace(/(?<!declare const )__HAVEN_TRUSTED_TYPES_POLICY__/g, JSON.stringify(policy));
      if (!lit.test(id)) return null;
      let body = code
        .replaceAll('globalThis', '__havenLitGlobal')
        // reactive-element also reads `litPropertyMetadata` as a bare global name, which a named element can answer.
        .replace(/(?<![.\w$])litPropertyMetadata\b/g, '__havenLitGlobal.litPropertyMetadata')
        .replace(new RegExp(`\\bdocument\\.(${METHODS}|importNode)\\(`, 'g'), '__havenLitGlobal.dom.$1(');
      // lit-html keeps the document in a short variable ("l=document"); its calls go through the same methods.
      const alias = /(?<![.\w$])(\w+)=document(?=[,;])/.exec(body)?.[1];
      if (alias) {
        body = body
          .replace(new RegExp(`(?<![.\\w$])${alias}=document(?=[,;])`), `${alias}=__havenLitGlobal.document`)
          .replace(new RegExp(`(?<![.\\w$])${alias}\\.(${METHODS})\\(`, 'g'), '__havenLitGlobal.dom.$1(')
          .replace(new RegExp(`\\(([^()]*\\?\\?${alias})\\)\\.importNode\\(`, 'g'), '__havenLitGlobal.dom.importNodeIn($1,');
      }
      const left = body.replaceAll('__havenLitGlobal.document', '').match(/(?<![.\w$])document(?![\w$])|(?<!\.dom)\.(importNode|createTreeWalker)\(/g);
      if (left) this.error(`${id}: Lit reaches the document in a way the drop-in build does not protect (${left.join(', ')})`);
      if (body === code) return null;
      return { code: `import { litGlobal as __havenLitGlobal } from ${JSON.stringify(shim)};\n${body}`, map: null };
    },
  };
}

const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false });

export default [
  // The contact data alone, for the embed builder's no-script fallbacks (demo/builder.js), so the builder and the
  // elements read the same numbers.
  {
    input: 'src/content/contacts.ts',
    output: { file: 'demo/regions-data.js', format: 'es', banner: '// Written by rollup.config.mjs from src/content/contacts.ts; do not edit.' },
    plugins: [ts()],
  },
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
      litWithoutPageGlobals('haven'),
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
      subresourceIntegrity(),
    ],
  },
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'crisis-banner': 'src/crisis-banner/define.ts',
      'warning-signs': 'src/warning-signs/define.ts',
      'recovery-guide': 'src/recovery-guide/define.ts',
      react: 'src/react/index.ts',
    },
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id === 'react',
    // Rollup drops module-level directives from the code it bundles; the banner puts 'use client' back in react.js.
    onwarn(warning, warn) {
      if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.endsWith('src/react/index.ts')) return;
      warn(warning);
    },
    output: {
      dir: 'dist',
      format: 'es',
      // A directive must come before anything else in the file, the licence comment included.
      banner: (chunk) => (chunk.isEntry && chunk.name === 'react' ? `'use client';\n${banner}` : banner),
      chunkFileNames: 'chunks/[name]-[hash].js',
      // No bare `import './chunks/…'` lines: bundlers would warn that those chunks are not listed in `sideEffects`
      // (only the registering entries are), and the entries already import what they use.
      hoistTransitiveImports: false,
    },
    plugins: [ts()],
  },
];
