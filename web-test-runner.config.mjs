// Runs every tests/**/*.test.ts in Chromium, Firefox and WebKit. scripts/test.mjs (npm test) starts the WebKit
// driver, chooses the engines and passes them in HAVEN_ENGINES; run through it rather than calling wtr directly.
import { build as esbuild } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { execFile, execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine, tolerantPage } from './scripts/browsers.mjs';
import { CSP, cspFor, cspWith } from './scripts/serve.mjs';


const engines = (process.env.HAVEN_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: findEngine('chromium'), args: CHROMIUM_ARGS } }),
  // Firefox ESR through puppeteer-core's WebDriver BiDi support.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: findEngine('firefox'), headless: true },
      createPage: ({ context }) => tolerantPage(context),
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver (started by scripts/test.mjs). WebKitGTK speaks classic
  // WebDriver only: without enforceWebDriverClassic, webdriverio asks for BiDi and gets "Failed to match capabilities".
  webkit: () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: Number(process.env.HAVEN_WEBDRIVER_PORT ?? 4444),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: findEngine('webkit'), args: ['--automation'] },
      },
    }),
};

/**
 * Counts passed/failed tests per engine into HAVEN_SUMMARY (a JSON file); scripts/test.mjs prints it after the
 * runner has left the terminal, ending the run with a plain "489 passed, 0 failed" line.
 */
function countReporter() {
  const count = (suite, tally) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) tally.skipped += 1;
      else if (test.passed) tally.passed += 1;
      else tally.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child, tally);
    return tally;
  };
  return {
    onTestRunFinished({ sessions }) {
      const perEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const tally = perEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, tally);
        // A file that could not load has no tests: count it as a failure.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) tally.failed += 1;
        perEngine.set(name, tally);
      }
      if (process.env.HAVEN_SUMMARY) writeFileSync(process.env.HAVEN_SUMMARY, JSON.stringify(Object.fromEntries(perEngine)));
    },
  };
}

/**
 * `executeServerCommand('haven-npm-pack')` answers with the paths `npm pack` would publish, for
 * tests/package.test.ts (a browser cannot run npm). Asked once per run, however many engines ask.
 */
function npmPackPlugin() {
  let files;
  return {
    name: 'haven-npm-pack',
    executeCommand({ command }) {
      if (command !== 'haven-npm-pack') return undefined;
      files ??= new Promise((resolve, reject) => {
        execFile('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { maxBuffer: 1 << 24 }, (error, stdout) =>
          error ? reject(error) : resolve(JSON.parse(stdout)[0].files.map((file) => file.path)),
        );
      });
      return files;
    },
  };
}

/**
 * `executeServerCommand('haven-repo-files-containing', 'text')` answers with every file that would reach a clinic
 * or a contributor (the files git tracks, and everything the build wrote to dist/) whose bytes contain `text`, for
 * tests that keep the repository self-contained.
 */
function repoScanPlugin() {
  const walk = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return {
    name: 'haven-repo-files-containing',
    executeCommand({ command, payload }) {
      if (command !== 'haven-repo-files-containing') return undefined;
      const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
      const built = walk(join(root, 'dist')).map((file) => file.slice(root.length));
      return [...new Set([...tracked, ...built])].filter((file) => {
        try {
          return readFileSync(join(root, file)).includes(String(payload));
        } catch {
          return false;
        }
      });
    },
  };
}

/**
 * `executeServerCommand('haven-media-features', [{ name: 'forced-colors', value: 'active' }])` emulates CSS media
 * features through Chromium's DevTools protocol (Emulation.setEmulatedMedia), which can render forced colours;
 * `emulateMedia` of @web/test-runner-commands does not pass `forced-colors` on, and Puppeteer's own
 * `emulateMediaFeatures` accepts only the prefers-* features. Answers `false` where the engine has no CDP.
 */
function mediaFeaturesPlugin() {
  // Emulation lasts as long as the DevTools session that set it, so keep one per test page.
  const sessions = new Map();
  return {
    name: 'haven-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'haven-media-features') return undefined;
      try {
        const page = session.browser.getPage?.(session.id);
        if (!page?.createCDPSession || session.browser.name !== 'Chrome') return false;
        let cdp = sessions.get(session.id);
        if (!cdp) sessions.set(session.id, (cdp = await page.createCDPSession()));
        await cdp.send('Emulation.setEmulatedMedia', { features: payload });
        return true;
      } catch {
        return false;
      }
    },
  };
}

// Files that tests read byte for byte (an integrity hash covers the exact bytes): the built examples, the drop-in
// scripts (dist/*.min.js, which the builder's code pins), and type declarations read as text. The esbuild plugin
// below would otherwise re-transform every .js file (its `target` applies to JavaScript too) and strip a .d.ts to
// nothing.
const root = fileURLToPath(new URL('.', import.meta.url));
const servedAsBuilt = (path) =>
  /^\/examples\/[^/]+\/dist\//.test(path) || /^\/dist\/[\w.-]+\.min\.js$/.test(path) || path.endsWith('.d.ts');

async function serveAsBuilt(ctx, next) {
  const file = normalize(join(root, decodeURIComponent(ctx.path)));
  if (ctx.method !== 'GET' || !servedAsBuilt(ctx.path) || !file.startsWith(root) || file.includes(`${sep}..${sep}`)) {
    return next();
  }
  try {
    if (!statSync(file).isFile()) return next();
  } catch {
    return next();
  }
  ctx.type = extname(file);
  ctx.body = createReadStream(file);
}

const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Fixture pages made on request under /tests/fixtures/generated/, so each combination needs no file of its own:
 *
 * - `page.html?scripts=a,b&at=head|body|defer&clobber=name&tag=div|img|form&lit=1`: the three elements, the listed
 *   scripts (`haven`, `haven-old` (the same build claiming version 0.0.9), `foreign` (a Lit widget with its own Lit))
 *   in the head, at the end of the body or deferred, and optionally an element named `clobber` before them. Served
 *   with the README's strict CSP; with `lit=1`, the variant the README gives for pages with another Lit widget;
 *   with `tt=none`, a policy that allows no Trusted Types policy at all.
 * - `haven-old.min.js`: dist/haven.min.js with an older version number.
 * - `foreign-widget.min.js`: tests/fixtures/foreign-widget.js bundled with its own Lit (production build).
 * - `react-harness.js`: tests/fixtures/react-harness.js, React 19's development build with dist/react.js, as an ES
 *   module.
 */
/** The Trusted Types policy each fixture script creates (the foreign widget's is added by `lit=1`). */
const POLICY_OF = { haven: 'haven', 'haven-old': 'haven', 'haven-en': 'haven', 'banner-en': 'haven-crisis-banner', banner: 'haven-crisis-banner', signs: 'haven-warning-signs', guide: 'haven-recovery-guide' };

const prerenderedPages = new Map();
/** Code posted to /tests/fixtures/generated/store, by id. */
const storedPages = new Map();

/**
 * The elements of each pre-rendered page state (?state=…): `us`, the default; `gb`, the full banner with the clinic's
 * local lines from a shared list, and the guide one step at a time with the partners section; `au`, the compact
 * banner; `us-full`, the full banner and the step-by-step guide with local lines but no opening hours (the states
 * whose layout the page without script and the hydrated page must share; a line's open/closed status arrives with
 * the script).
 */
const PRERENDERED_STATES = {
  us: `<haven-crisis-banner clinic-name="All About Women" clinic-phone="(703) 437-0001"><p>Call <a href="tel:911">911</a>.</p></haven-crisis-banner>
<haven-warning-signs clinic-phone="(703) 437-0001"></haven-warning-signs>
<haven-recovery-guide clinic-phone="(703) 437-0001" sections="physical crisis contact"></haven-recovery-guide>`,
  gb: `<haven-lines id="leeds"><haven-line name="Early Pregnancy Unit" phone="0113 392 6732" kind="clinic"></haven-line><haven-line name="Perinatal Mental Health Team" phone="0113 555 0101" kind="mental-health"></haven-line></haven-lines>
<haven-crisis-banner region="GB" variant="full" clinic-name="Leeds Clinic" clinic-phone="0113 496 0000" lines="leeds"></haven-crisis-banner>
<haven-warning-signs region="GB" clinic-phone="0113 496 0000" lines="leeds"></haven-warning-signs>
<haven-recovery-guide region="GB" layout="steps" sections="emotions wellbeing support partners crisis contact" clinic-phone="0113 496 0000" lines="leeds"></haven-recovery-guide>`,
  au: `<haven-crisis-banner region="AU" variant="compact" clinic-phone="(02) 9876 5432"></haven-crisis-banner>
<haven-warning-signs region="AU" clinic-phone="(02) 9876 5432"></haven-warning-signs>
<haven-recovery-guide region="AU" clinic-phone="(02) 9876 5432"></haven-recovery-guide>`,
  // The checklist with the clinic's hours: a box ticked before the script keeps the server's render (no open/closed
  // status) until the full answer comes.
  hours: `<haven-crisis-banner clinic-name="All About Women" clinic-phone="(703) 437-0001"></haven-crisis-banner>
<haven-warning-signs clinic-phone="(703) 437-0001" clinic-hours="Mo-Fr 09:00-17:00" clinic-time-zone="America/New_York"></haven-warning-signs>
<haven-recovery-guide clinic-phone="(703) 437-0001" sections="physical crisis contact"></haven-recovery-guide>`,
  'us-full': `<haven-crisis-banner variant="full" clinic-name="All About Women" clinic-phone="(703) 437-0001"><haven-line name="County Line" phone="(703) 555-0142" kind="support"></haven-line></haven-crisis-banner>
<haven-warning-signs clinic-phone="(703) 437-0001"><haven-line name="County Line" phone="(703) 555-0142" kind="support"></haven-line></haven-warning-signs>
<haven-recovery-guide layout="steps" sections="emotions physical partners crisis contact" clinic-phone="(703) 437-0001"><haven-line name="County Line" phone="(703) 555-0142" kind="support"></haven-line></haven-recovery-guide>`,
};

/** A clinic page with all three elements, pre-rendered by `node dist/haven-render.js` (cached per variant). */
function prerendered(lang, script, mark, state = 'us') {
  const key = `${lang}:${script}:${mark}:${state}`;
  const hydrate = script === 'hydrate';
  if (!prerenderedPages.has(key)) {
    const scripts = [
      mark && hydrate ? `<script src="/tests/fixtures/prerendered-mark.js?${mark}" defer></script>` : '',
      hydrate ? '<script src="/dist/haven-hydrate.min.js" defer></script>' : '',
      // The plain drop-in script, which cannot hydrate: it must draw each element once, not twice.
      script === 'haven' ? '<script src="/dist/haven.min.js" defer></script>' : '',
    ].join('\n');
    const source = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pre-rendered clinic page</title><link rel="stylesheet" href="/tests/fixtures/page.css">
<link rel="stylesheet" href="/dist/haven.css">
<script src="/tests/fixtures/record.js"></script>
${scripts}
</head><body><main><h1>After a miscarriage</h1>
<p>Our clinic is here for you.</p>
${PRERENDERED_STATES[state]}
</main></body></html>
`;
    prerenderedPages.set(
      key,
      new Promise((resolve, reject) => {
        const dir = mkdtempSync(join(tmpdir(), 'haven-prerendered-'));
        const file = join(dir, 'page.html');
        writeFileSync(file, source);
        execFile(process.execPath, [join(root, 'dist/haven-render.js'), '--stylesheet', '/dist/haven.css', file], (error, _out, err) => {
          if (error) reject(new Error(`haven-render failed: ${err}`));
          else resolve(readFileSync(file, 'utf8'));
          rmSync(dir, { recursive: true, force: true });
        });
      }),
    );
  }
  return prerenderedPages.get(key);
}

async function generatedFixtures(ctx, next) {
  if (!ctx.path.startsWith('/tests/fixtures/generated/')) return next();
  const name = ctx.path.slice('/tests/fixtures/generated/'.length);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  if (name === 'haven-old.min.js') {
    ctx.type = '.js';
    ctx.body = readFileSync(join(root, 'dist/haven.min.js'), 'utf8').split(`"${version}"`).join('"0.0.9"');
    return undefined;
  }
  if (name === 'foreign-widget.min.js') {
    const out = await esbuild({
      entryPoints: [join(root, 'tests/fixtures/foreign-widget.js')],
      bundle: true,
      format: 'iife',
      write: false,
      minify: true,
      conditions: ['production'],
      logLevel: 'silent',
    });
    ctx.type = '.js';
    ctx.body = out.outputFiles[0].text;
    return undefined;
  }
  if (name === 'react-harness.js') {
    const out = await esbuild({
      entryPoints: [join(root, 'tests/fixtures/react-harness.js')],
      bundle: true,
      format: 'esm',
      write: false,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'silent',
    });
    ctx.type = '.js';
    ctx.body = out.outputFiles[0].text;
    return undefined;
  }
  const q = ctx.query;
  if (name === 'checklist.html') {
    // A clinic page with a checklist between other content, for geometry tests at phone sizes and under zoom.
    const lang = /^[a-z]{2}$/.test(q.lang ?? '') ? q.lang : 'en';
    const region = /^[A-Z-]{2,6}$/.test(q.region ?? '') ? q.region : 'US';
    const filler = '<p>Our clinic is here for you. This page explains what to expect after a miscarriage.</p>'.repeat(6);
    ctx.type = '.html';
    ctx.set('Content-Security-Policy', CSP);
    ctx.body = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Checklist page</title><link rel="stylesheet" href="/tests/fixtures/page.css">
<script src="/tests/fixtures/record.js"></script><script src="/dist/haven.min.js"></script></head>
<body><main><h1>After a miscarriage</h1>${filler}
<haven-warning-signs region="${region}" clinic-phone="(703) 437-0001"></haven-warning-signs>
${filler}</main></body></html>`;
    return undefined;
  }
  if (name === 'store' && ctx.method === 'POST') {
    // Code a test copied from the embed builder, kept in memory to be served as a page (stored.html).
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const id = String(storedPages.size + 1);
    storedPages.set(id, Buffer.concat(chunks).toString('utf8'));
    ctx.type = 'text/plain';
    ctx.body = id;
    return undefined;
  }
  if (name === 'stored.html') {
    // The stored code pasted into a clinic page, served with the README's strict CSP including Trusted Types (?axe=1
    // without Trusted Types, as prerendered.html). ?script=none drops its <script> tags, as a CMS that strips them.
    const code = storedPages.get(String(q.id));
    if (code === undefined) return next();
    const body = q.script === 'none' ? code.replace(/<script\b[^>]*><\/script>/g, '') : code;
    ctx.type = '.html';
    ctx.set('Content-Security-Policy', q.axe ? CSP.replace(/ require-trusted-types-for[^;]*;.*$/, '') : cspWith('haven'));
    ctx.body = `<!doctype html>
<html lang="${q.lang === 'es' ? 'es' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Clinic page with pasted code</title><link rel="stylesheet" href="/tests/fixtures/page.css">
<script src="/tests/fixtures/record.js"></script>
</head><body><main><h1>After a miscarriage</h1>
${body}
</main></body></html>
`;
    return undefined;
  }
  if (name === 'prerendered.html') {
    // The three elements pre-rendered by the haven-render command itself (#16), linking the built haven.css, with
    // ?script=hydrate the deferred haven-hydrate.min.js after tests/fixtures/prerendered-mark.js (which records
    // the pre-rendered nodes and ticks a box before hydration, then stays at the box or, with ?mark=answer, scrolls
    // to its no-script answer, ?mark=answer-hidden also hiding it with the page's CSS, ?mark=no-has drawing the
    // checklist as a browser without :has() does; not with ?mark=0), with ?script=haven the plain haven.min.js (which
    // cannot hydrate), with ?script=none no Haven script.
    // ?axe=1 drops Trusted Types from the policy, which axe's own code would trip.
    const lang = q.lang === 'es' ? 'es' : 'en';
    const script = ['hydrate', 'haven'].includes(q.script) ? q.script : 'none';
    ctx.type = '.html';
    ctx.set('Content-Security-Policy', q.axe ? CSP.replace(/ require-trusted-types-for[^;]*;.*$/, '') : cspWith('haven'));
    const mark = q.mark === '0' ? '' : ['answer', 'answer-hidden', 'no-has'].includes(q.mark) ? q.mark : 'box';
    ctx.body = await prerendered(lang, script, mark, q.state in PRERENDERED_STATES ? q.state : 'us');
    return undefined;
  }
  if (name !== 'page.html') return next();
  // ?lang=es: the page's language. ?pollute=1: Object.prototype.en and .es set before Haven loads.
  const sources = {
    haven: '/dist/haven.min.js',
    banner: '/dist/haven-crisis-banner.min.js',
    signs: '/dist/haven-warning-signs.min.js',
    guide: '/dist/haven-recovery-guide.min.js',
    'haven-en': '/dist/haven.en.min.js',
    'banner-en': '/dist/haven-crisis-banner.en.min.js',
    'haven-old': '/tests/fixtures/generated/haven-old.min.js',
    foreign: '/tests/fixtures/generated/foreign-widget.min.js',
  };
  const at = q.at ?? 'head';
  const names = String(q.scripts ?? 'haven')
    .split(',')
    .filter((s) => sources[s]);
  const scripts = names
    .map((s) => `<script src="${sources[s]}"${at === 'defer' ? ' defer' : ''}></script>`)
    .join('\n');
  const tag = ['img', 'form', 'a', 'div'].includes(q.tag) ? q.tag : 'div';
  const attr = tag === 'div' ? 'id' : 'name';
  // ?form=parentNode,hasAttribute: the elements inside one page-wide form holding controls with those names (an
  // ASP.NET-style portal), which shadow the form's own properties. ?late=name: an image with that name added after
  // start-up (tests/fixtures/late-clobber.js).
  const controls = String(q.form ?? '')
    .split(',')
    .filter((n) => /^[A-Za-z]+$/.test(n))
    .map((n) => `<input type="hidden" name="${n}" value="x">`)
    .join('');
  const [formOpen, formClose] = q.form ? [`<form id="f1" action="/">${controls}`, '</form>'] : ['', ''];
  const late = q.late ? '<script src="/tests/fixtures/late-clobber.js"></script>' : '';
  const clobber = q.clobber
    ? tag === 'img'
      ? `<img ${attr}="${escapeHtml(q.clobber)}" alt="">`
      : `<${tag} ${attr}="${escapeHtml(q.clobber)}"></${tag}>`
    : '';
  ctx.type = '.html';
  // The README's policy: the names of the scripts this page loads (each drop-in script has its own, rollup.config.mjs).
  const own = [...new Set(names.map((name) => POLICY_OF[name]).filter(Boolean))].join(' ') || 'haven';
  const policies = q.tt === 'none' ? "'none'" : q.lit ? `${own} lit-html` : own;
  ctx.set('Content-Security-Policy', cspWith(policies));
  ctx.body = `<!doctype html>
<html lang="${q.lang === 'es' ? 'es' : 'en'}"><head><meta charset="utf-8"><title>Generated fixture</title>
<script src="/tests/fixtures/record.js"></script>${q.pollute ? '<script src="/tests/fixtures/pollute.js"></script>' : ''}
${at === 'head' || at === 'defer' ? scripts : ''}${late}
</head><body>
${clobber}${formOpen}
<haven-crisis-banner clinic-phone="(703) 437-0001"><p class="fallback"><a href="tel:911">Call 911</a></p></haven-crisis-banner>
<haven-warning-signs></haven-warning-signs>
<haven-recovery-guide sections="crisis"></haven-recovery-guide>
<foreign-booking-widget></foreign-booking-widget>${formClose}
${at === 'body' ? scripts : ''}
</body></html>`;
  return undefined;
}

export default {
  reporters: [defaultReporter(), countReporter()],
  rootDir: '.',
  // tests/node/ runs in Node (scripts/test.mjs), never in a browser.
  files: process.env.HAVEN_FILES ? process.env.HAVEN_FILES.split(',').filter((file) => !file.startsWith('tests/node')) : ['tests/**/*.test.ts'],
  // Fixture pages under tests/fixtures/csp/ get the same strict policy the README gives clinics.
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/tests/fixtures/csp/')) ctx.set('Content-Security-Policy', CSP);
      // The built framework examples get the same strict policy (Vue's with its own Trusted Types policy, "vue").
      if (/^\/examples\/[^/]+\/dist\//.test(ctx.path)) ctx.set('Content-Security-Policy', cspFor(ctx.path));
      // The whole-page axe tests (?axe=1) inject axe-core, whose own code needs no Trusted Types policy of Haven's.
      if (/^\/demo\/(builder|themes)\.html$/.test(ctx.path) && !ctx.query.axe) ctx.set('Content-Security-Policy', CSP);
    },
    serveAsBuilt,
    generatedFixtures,
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
    // Chromium's accessibility tree for tests/a11y.test.ts (the other engines' drivers have no such command).
    a11ySnapshotPlugin(),
    npmPackPlugin(),
    repoScanPlugin(),
    mediaFeaturesPlugin(),
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)), target: 'es2021' }),
  ],
  browsers: engines.map((name) => launchers[name]()),
  // One page per browser at a time: two concurrent pages in headless Chromium detach each other's frames here.
  concurrency: 1,
  concurrentBrowsers: 3,
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  // Tests trigger Haven's console warnings on purpose; show only errors and deliberate logs (reading grades).
  filterBrowserLogs: ({ type }) => type === 'error' || type === 'log',
};
