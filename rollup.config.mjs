// Two builds from the same sources:
// - dist/haven.min.js: one classic script (IIFE) with production Lit bundled in, for a plain <script src>, and one
//   per element (dist/haven-crisis-banner.min.js, haven-warning-signs.min.js, haven-recovery-guide.min.js);
// - dist/index.js + dist/define.js: ES modules with `lit` external, so apps that already use Lit load one copy;
//   dist/crisis-banner.js, dist/warning-signs.js, dist/recovery-guide.js each register one element;
//   dist/react.js (haven-elements/react) holds React components for the three, with `react` and `@lit/react` external
//   and 'use client' as its first line for Next.js. It shares the elements' chunks with the other entries.
// The build also writes dist/haven.min.js.sri (and one per drop-in script), the Subresource Integrity hash (sha384) for a pinned <script>
// (docs/embedding.md).
// Type declarations come from a separate `tsc --emitDeclarationOnly` run (see package.json), because
// @rollup/plugin-typescript refuses declarationDir together with output.file (rollup/plugins#1776).
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Start from an empty dist/: chunk names carry hashes, and package.json ships all of dist/, so a chunk left over
// from an earlier build would be published.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const banner = `/*! haven-elements ${version} | MIT | makes no network requests, sets no cookies, stores nothing */`;
/** The drop-in scripts: file name in dist/, entry, and the Trusted Types policy name each one creates. */
const DROP_INS = [
  { file: 'haven.min.js', input: 'src/define.ts', policy: 'haven' },
  { file: 'haven-crisis-banner.min.js', input: 'src/crisis-banner/define.ts', policy: 'haven-crisis-banner' },
  { file: 'haven-warning-signs.min.js', input: 'src/warning-signs/define.ts', policy: 'haven-warning-signs' },
  { file: 'haven-recovery-guide.min.js', input: 'src/recovery-guide/define.ts', policy: 'haven-recovery-guide' },
].flatMap((script) => [
  script,
  // The same script in English only (#17): for sites with no page in another language.
  { ...script, file: script.file.replace(/\.min\.js$/, '.en.min.js'), englishOnly: true },
]).concat([
  // haven.min.js plus Lit's hydration support, for pre-rendered pages (#16). It shares haven.min.js's policy name:
  // a page loads one or the other, and the CSP stays the same.
  { file: 'haven-hydrate.min.js', input: 'src/ssr/hydrate.ts', policy: 'haven' },
]);

/**
 * Writes `<file>.sri` next to each drop-in script: `sha384-…` of the bytes on disk, for `<script integrity>`. Once
 * all of them are written, also writes demo/build-info.js (git-ignored) with the version and every script's hash,
 * for the embed builder's pinned <script> tag: the demo's CSP allows no fetch, so the builder imports them.
 */
const integrities = {};
function subresourceIntegrity() {
  return {
    name: 'haven-sri',
    writeBundle({ file }) {
      const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
      writeFileSync(`${file}.sri`, `${integrity}\n`);
      integrities[file.replace(/^.*[\\/]/, '')] = integrity;
      if (Object.keys(integrities).length < DROP_INS.length) return;
      const sorted = Object.fromEntries(DROP_INS.map(({ file: name }) => [name, integrities[name]]));
      writeFileSync(
        'demo/build-info.js',
        `// Written by rollup.config.mjs on every build; do not edit.\nexport const VERSION = ${JSON.stringify(version)};\n` +
          `/** Each drop-in script's Subresource Integrity hash, by file name in dist/. */\n` +
          `export const INTEGRITY = ${JSON.stringify(sorted, null, 2)};\n`,
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
  const lit = /[\\/]node_modules[\\/](lit|lit-html|lit-element|@lit[\\/]reactive-element|@lit-labs[\\/]ssr-client)[\\/]/;
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

/**
 * The drop-in script's entry: the registering module imported for its side effect only, so an entry that also
 * exports its class (src/crisis-banner/define.ts) adds nothing to the page's globals.
 */
function dropInEntry() {
  return {
    name: 'haven-drop-in-entry',
    // The registering module is there for its side effects: package.json's `sideEffects` lists only dist/ files, and
    // rollup would otherwise drop the top-level statements of a source file whose exports nobody imports (the
    // prototype patch in ssr/hydrate.ts was silently left out of haven-hydrate.min.js that way).
    resolveId: (id, importer) =>
      id.startsWith('\0drop-in:') ? id : importer?.startsWith('\0drop-in:') ? { id, moduleSideEffects: true } : null,
    load: (id) =>
      id.startsWith('\0drop-in:') ? `import ${JSON.stringify(fileURLToPath(new URL(`./${id.slice(9)}`, import.meta.url)))};\n` : null,
  };
}

/**
 * Builds with English alone: src/content/registry.ts gets lang/available.en.ts (no other language) in place of
 * lang/available.ts, so no other language's words are bundled.
 */
function languagesOnly(lang) {
  const standIn = fileURLToPath(new URL(`./src/content/lang/available.${lang}.ts`, import.meta.url));
  return {
    name: 'haven-languages-only',
    resolveId(source, importer) {
      if (source === './lang/available.js' && importer && /[\\/]src[\\/]content[\\/]registry\.ts$/.test(importer)) return standIn;
      return null;
    },
  };
}

/**
 * Shortens the text keys of the language modules ('contacts.US.crisis.988.name' → 'c5') in the drop-in scripts,
 * where each key is written three times (English, Spanish, the content that names it). The same key gets the same
 * short name in every module; keys are only ever written out whole, never assembled, so nothing else changes. The
 * names come from the English module's keys in sorted order, not from the order rollup happens to load modules in,
 * so a build is the same bytes each time (its sizes and its integrity hashes do not drift).
 */
function shortTextKeys() {
  const content = /[\\/]src[\\/]content[\\/]/;
  const key = /'((?:sign|guide|contacts|access)\.[\w.-]+)'/g;
  const english = readFileSync(new URL('./src/content/lang/en.ts', import.meta.url), 'utf8');
  const keys = [...new Set([...english.matchAll(key)].map(([, whole]) => whole))].sort();
  const names = new Map(keys.map((whole, i) => [whole, `k${i.toString(36)}`]));
  return {
    name: 'haven-short-text-keys',
    transform(code, id) {
      if (!content.test(id)) return null;
      const out = code.replace(key, (_, whole) => {
        if (!names.has(whole)) this.error(`${id}: text key '${whole}' (comments included) is not in src/content/lang/en.ts`);
        return `'${names.get(whole)}'`;
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}

const ts = () => typescript({ tsconfig: './tsconfig.json', declaration: false, sourceMap: false });

/**
 * Writes dist/haven.css once dist/ssr.js exists: every element's styles scoped to its tag (src/ssr/scope-css.ts),
 * from the same minified templates the drop-in scripts carry, for the <link> in pre-rendered shadow roots.
 */
function havenCss() {
  return {
    name: 'haven-css',
    async writeBundle({ dir }) {
      const ssr = pathToFileURL(join(dir, 'ssr.js')).href;
      const { havenStylesheet } = await import(`${ssr}?build=${Date.now()}`);
      writeFileSync(join(dir, 'haven.css'), `${banner}\n${havenStylesheet()}`);
    },
  };
}

export default [
  // The contact data alone, for the embed builder's no-script fallbacks (demo/builder.js), so the builder and the
  // elements read the same numbers.
  {
    input: 'src/content/contacts.ts',
    output: { file: 'demo/regions-data.js', format: 'es', banner: '// Written by rollup.config.mjs from src/content/contacts.ts; do not edit.' },
    plugins: [ts()],
  },
  // One classic script per element beside the one with all three (#17): each bundles its own Lit and creates its
  // own Trusted Types policy, so any mix of them can share a page (core/define.ts registers each tag once).
  ...DROP_INS.map(({ file, input, policy, englishOnly }) => ({
    input: `\0drop-in:${input}`,
    output: {
      file: `dist/${file}`,
      format: 'iife',
      banner,
      // Nothing leaks into the page's globals: the script only registers its elements.
      exports: 'none',
    },
    plugins: [
      dropInEntry(),
      ...(englishOnly ? [languagesOnly('en')] : []),
      shortTextKeys(),
      // Lit's default export condition is its production build; 'development' is never requested here.
      resolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
      litWithoutPageGlobals(policy),
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
  })),
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
  // The embed builder's "Pre-rendered HTML" (demo/builder.js): renderHaven in the browser, with its own Lit and the
  // drop-in scripts' template minifier, so what the builder writes hydrates with haven-hydrate.min.js. Demo only. The
  // builder page loads haven.min.js first, so the elements that render are the page's own (core/define.ts).
  {
    input: 'src/ssr/render.ts',
    output: { file: 'demo/prerender.js', format: 'es', banner: '// Written by rollup.config.mjs from src/ssr/render.ts; do not edit.' },
    plugins: [
      resolve({ browser: true, exportConditions: ['browser', 'production', 'default'] }),
      // Its Lit renders to strings only, never into the page: no Trusted Types policy (src/core/lit-global.ts).
      litWithoutPageGlobals(null),
      ts(),
      minifyHTML(),
      terser({ ecma: 2021, module: true }),
    ],
  },
  // haven-elements/ssr (renderHaven) and the haven-render command, for Node. Bundled with the drop-in scripts'
  // template minifier: hydration checks that the server rendered the very templates the browser has.
  {
    input: { ssr: 'src/ssr/index.ts', 'haven-render': 'src/ssr/cli.ts' },
    external: (id) => /^(lit|lit-html|lit-element|parse5)(\/|$)|^@lit(-labs)?\/|^node:/.test(id),
    output: {
      dir: 'dist',
      format: 'es',
      banner: (chunk) => (chunk.isEntry && chunk.name === 'haven-render' ? `#!/usr/bin/env node\n${banner}` : banner),
      chunkFileNames: 'chunks/ssr-[name]-[hash].js',
      hoistTransitiveImports: false,
    },
    plugins: [ts(), minifyHTML(), havenCss()],
  },
];
