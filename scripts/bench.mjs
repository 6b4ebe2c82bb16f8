// `npm run bench`: builds dist/haven.min.js and measures it in headless Chromium (Debian's, driven by
// puppeteer-core) on pages this script generates at run time into bench-results/pages/ (git-ignored), served on
// 127.0.0.1 by scripts/serve.mjs with Haven's strict Content-Security-Policy. Prints one table and writes it, with
// every sample, to bench-results/bench.json. docs/performance.md explains each figure.
//
//   node scripts/bench.mjs [--runs=15] [--no-build] [--no-lighthouse] [--lighthouse-only] [--early-only]
//   (--early-only: only #16's box ticked before hydration, a minute or two.)
//   (Lighthouse runs by default. Before #16's pre-rendered pages and #17's banner pages the whole bench took about
//   four minutes on a 2-core machine; with them it took 16 minutes at --runs=10 on a heavily loaded one.)
//
// Every page load uses a fresh incognito browser context (nothing cached: the server also sends no-store).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from './browsers.mjs';
import { startServer } from './serve.mjs';
import { GZIP_BUDGET, measureSize } from './size.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = fileURLToPath(new URL('../bench-results/', import.meta.url));
const PAGES_DIR = `${OUT_DIR}pages/`;
const PAGES_URL = '/bench-results/pages/';
const SCRIPT_URL = '/dist/haven.min.js';
const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];
const HYDRATE_URL = '/dist/haven-hydrate.min.js';
const CSS_URL = '/dist/haven.css';
/** #17 item 6: the banner's own script against the all-in-one, each also in English only. */
const BANNER_SCRIPTS = {
  banner: '/dist/haven-crisis-banner.min.js',
  all: '/dist/haven.min.js',
  'banner-en': '/dist/haven-crisis-banner.en.min.js',
  'all-en': '/dist/haven.en.min.js',
};

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const hit = args.find((arg) => arg.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3) : fallback;
};
if (flag('help')) {
  console.log('node scripts/bench.mjs [--runs=15] [--no-build] [--no-lighthouse] [--lighthouse-only] [--early-only]');
  process.exit(0);
}
const RUNS = Math.max(1, Number(option('runs', 15)) || 15);
const CPU_THROTTLE = 4; // Emulation.setCPUThrottlingRate: a mid-range phone, as Lighthouse's mobile preset.
const LATE_SCRIPT_DELAY = 500; // ms: the "script arrives after first paint" layout-shift case.
// A phone-sized viewport (Lighthouse's Moto G Power), but not isMobile: with isMobile emulation, Chromium 156 marks
// the load's layout shifts hadRecentInput = true, which would hide them from CLS.
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1, isMobile: false };
const started = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)}s] ${message}`);

// ---------------------------------------------------------------------------------------------------------------
// Statistics

const sorted = (values) => [...values].sort((a, b) => a - b);
/** Nearest-rank percentile (p in 0..100) of the finite values. */
function percentile(values, p) {
  const list = sorted(values.filter(Number.isFinite));
  if (!list.length) return NaN;
  return list[Math.min(list.length - 1, Math.max(0, Math.ceil((p / 100) * list.length) - 1))];
}
function median(values) {
  const list = sorted(values.filter(Number.isFinite));
  if (!list.length) return NaN;
  const mid = list.length >> 1;
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2;
}
function summary(values) {
  const list = values.filter(Number.isFinite);
  return {
    n: list.length,
    median: median(list),
    p90: percentile(list, 90),
    min: list.length ? Math.min(...list) : NaN,
    max: list.length ? Math.max(...list) : NaN,
  };
}
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a');
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

// ---------------------------------------------------------------------------------------------------------------
// Generated pages. Script-src 'self' forbids inline scripts, so the timing hooks are small external files.

const fallback = {
  'haven-crisis-banner':
    '<p><strong>Need help right now?</strong> In an emergency, call <a href="tel:911">911</a>. To talk with someone now, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline). All About Women: <a href="tel:+17034370001">(703) 437-0001</a>.</p>',
  'haven-warning-signs':
    '<p>In an emergency, call <a href="tel:911">911</a>. If something worries you, call All About Women at <a href="tel:+17034370001">(703) 437-0001</a>.</p>',
  'haven-recovery-guide':
    '<p>Our guide to recovering after a miscarriage needs JavaScript. You can always call us at <a href="tel:+17034370001">(703) 437-0001</a>.</p>',
};
const ATTRS = {
  'haven-crisis-banner': 'clinic-name="All About Women" clinic-phone="(703) 437-0001"',
  'haven-warning-signs': 'clinic-name="All About Women" clinic-phone="(703) 437-0001" heading-level="3"',
  'haven-recovery-guide': 'clinic-name="All About Women" clinic-phone="(703) 437-0001" heading-level="3"',
};

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/demo/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/demo/demo.css">
${extra}</head>`;

const BELOW = `<h2>Looking after yourself this week</h2>
<p>Rest when you can. Bleeding usually settles over one to two weeks and is often like a heavy period at first.
Cramping is common for a few days. Use pads rather than tampons until your follow-up visit, and take the pain relief
your nurse recommended.</p>
<p>Grief can come in waves. Many people feel sad, numb, angry or guilty, and partners grieve too. There is no right
way to feel, and you do not have to go through it alone.</p>
<h2>Your follow-up visit</h2>
<p>We will see you in about two weeks. Bring any questions, however small. If you would like to talk with a
counselor before then, ask at the front desk or call us.</p>`;

/**
 * The realistic clinic page: the clinic's header and navigation, an introduction, the three elements where the
 * README puts them, the clinic's own text around them and a footer. `content(tag)` fills each element.
 */
function clinicPage({ title, headExtra = '', element }) {
  return `${head(title, headExtra)}
<body>
<header class="site-header"><div class="wrap">
<p class="logo">All About Women</p>
<nav aria-label="Clinic"><ul><li><a href="#guide">Patient guides</a></li><li><a href="#signs">Warning signs</a></li><li><a href="#contact">Contact us</a></li></ul></nav>
</div></header>
<main class="wrap">
<h1>After a miscarriage: caring for yourself</h1>
<p class="intro">We are so sorry for your loss. This page is here for you, today and in the weeks ahead. Take it a
little at a time. If you need help right now, the numbers below are always here.</p>
${element('haven-crisis-banner')}
<section id="signs" class="page-section" aria-labelledby="signs-title">
<h2 id="signs-title" class="section-title">Is this normal? Check your signs</h2>
${element('haven-warning-signs')}
</section>
<section id="guide" class="page-section" aria-labelledby="guide-title">
<h2 id="guide-title" class="section-title">Your recovery guide</h2>
${element('haven-recovery-guide')}
</section>
<section class="page-section">
${BELOW}
</section>
</main>
<footer id="contact" class="site-footer"><div class="wrap">
<p><strong>All About Women</strong> · Call <a href="tel:+17034370001">(703) 437-0001</a></p>
<p>This page does not replace medical advice. If you are worried, please call us.</p>
</div></footer>
</body>
</html>
`;
}

const withFallback = (tag) => `<${tag} ${ATTRS[tag]}>\n${fallback[tag]}\n</${tag}>`;

/**
 * timing.js, a plain script placed right before haven.min.js (as the README embeds it, without defer): it
 * records performance.now() as the script's start, then waits for customElements.whenDefined() of all three tags
 * and every element's updateComplete, and records the difference. The script cannot start before it has arrived,
 * so start = max(t0, responseEnd of haven.min.js). `data-script` and `data-tags` on timing.js's own tag name
 * another script and other tags (the banner-only pages). `firstRendered` is when the first element of the first
 * tag had finished its first update, seen by a MutationObserver as the parser inserts it (no wait for the rest of
 * the document, unlike `rendered`).
 */
const TIMING_JS = `(() => {
  const t0 = performance.now();
  const own = document.currentScript;
  const src = (own && own.dataset.script) || '${SCRIPT_URL}';
  const tags = own && own.dataset.tags ? own.dataset.tags.split(',') : ${JSON.stringify(TAGS)};
  const marks = {};
  // The drop-in script's tag comes after this one: the observer sees it inserted, before the parser runs it.
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.localName === 'script' && node.src.endsWith(src)) {
          node.addEventListener('load', () => { marks.executed = performance.now(); });
        }
        if (node.localName !== tags[0] || marks.firstSeen !== undefined) continue;
        marks.firstSeen = performance.now();
        observer.disconnect();
        customElements.whenDefined(tags[0])
          .then(() => node.updateComplete)
          .then(() => { marks.firstRendered = performance.now(); });
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  (async () => {
    await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
    marks.defined = performance.now();
    // The README loads Haven as a plain (blocking) script in <head>: the elements are parsed after it runs.
    if (document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    const elements = tags.flatMap((tag) => [...document.querySelectorAll(tag)]);
    await Promise.all(elements.map((element) => element.updateComplete));
    const rendered = performance.now();
    const entry = performance.getEntriesByType('resource').find((item) => item.name.endsWith(src));
    const start = Math.max(t0, entry ? entry.responseEnd : 0);
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      window.__havenBench = {
        t0, start, rendered, painted: performance.now(), ...marks,
        fcp: fcp ? fcp.startTime : NaN,
        elements: elements.length,
        empty: elements.filter((element) => !element.shadowRoot || !element.shadowRoot.textContent.trim()).map((element) => element.localName),
      };
    }));
  })();
})();
`;

function writePages(ssr) {
  rmSync(PAGES_DIR, { recursive: true, force: true });
  mkdirSync(PAGES_DIR, { recursive: true });
  const write = (name, text) => writeFileSync(`${PAGES_DIR}${name}`, text);
  write('timing.js', TIMING_JS);
  write('blank.html', `${head('Blank')}\n<body></body>\n</html>\n`);
  // The embed as the README documents it: a plain script in <head>, so elements render before the first paint.
  write(
    'clinic.html',
    clinicPage({
      title: 'Clinic page with Haven',
      headExtra: `<script src="${SCRIPT_URL}"></script>\n`,
      element: withFallback,
    }),
  );
  // The script alone, no elements: the cost of loading and defining (compile, run, register).
  write(
    'define-only.html',
    `${head('Script only', `<script src="timing.js"></script>\n<script src="${SCRIPT_URL}"></script>\n`)}\n<body><main class="wrap"><h1>No elements</h1>\n${BELOW}\n</main></body>\n</html>\n`,
  );
  // The same page with the timing hook before the script.
  write(
    'render.html',
    clinicPage({
      title: 'Clinic page with Haven (timed)',
      headExtra: `<script src="timing.js"></script>\n<script src="${SCRIPT_URL}"></script>\n`,
      element: withFallback,
    }),
  );
  // Layout shift: the README embed snippet verbatim (script path aside), with the clinic's content below it.
  write(
    'cls-banner.html',
    `${head('Layout shift: README embed snippet')}
<body>
<main class="wrap">
<h1>After a miscarriage</h1>
<script src="${SCRIPT_URL}"></script><haven-crisis-banner ${ATTRS['haven-crisis-banner']}>${fallback['haven-crisis-banner']}</haven-crisis-banner>
${BELOW}
</main>
</body>
</html>
`,
  );
  // The same snippet with variant="compact": one line and a button; how much of the shift a smaller first render avoids.
  write(
    'cls-compact.html',
    `${head('Layout shift: compact banner')}
<body>
<main class="wrap">
<h1>After a miscarriage</h1>
<script src="${SCRIPT_URL}"></script><haven-crisis-banner variant="compact" clinic-name="All About Women" clinic-phone="(703) 437-0001">${fallback['haven-crisis-banner']}</haven-crisis-banner>
${BELOW}
</main>
</body>
</html>
`,
  );
  // #16: the same clinic page pre-rendered by Haven's own renderer (renderHtml from dist/ssr.js, what
  // `npx haven-render --stylesheet /dist/haven.css` does to a file), haven.css linked in <head> as the README says,
  // once with the deferred haven-hydrate.min.js and once with no script at all.
  for (const [name, extra] of [
    ['ssr-hydrate.html', `<script defer src="${HYDRATE_URL}"></script>\n`],
    ['ssr-noscript.html', ''],
  ]) {
    write(
      name,
      ssr.renderHtml(
        clinicPage({
          title: 'Clinic page with Haven (pre-rendered)',
          headExtra: `<link rel="stylesheet" href="${CSS_URL}">\n${extra}`,
          element: withFallback,
        }),
        name,
        CSS_URL,
      ).html,
    );
  }
  // #17: a page that shows only the banner (the README snippet under an <h1>, the clinic's text below), with the
  // timing hook, once per drop-in script.
  for (const [name, src] of Object.entries(BANNER_SCRIPTS)) {
    write(
      `banner-${name}.html`,
      `${head(`Banner only: ${name}`, `<script src="timing.js" data-script="${src}" data-tags="haven-crisis-banner"></script>\n<script src="${src}"></script>\n`)}
<body>
<main class="wrap">
<h1>After a miscarriage</h1>
${withFallback('haven-crisis-banner')}
${BELOW}
</main>
</body>
</html>
`,
    );
  }
  write(
    'cls-all.html',
    `${head('Layout shift: all three elements', `<script src="${SCRIPT_URL}"></script>\n`)}
<body>
<main class="wrap">
<h1>After a miscarriage</h1>
${TAGS.map(withFallback).join('\n')}
${BELOW}
</main>
</body>
</html>
`,
  );
}

/**
 * #16: bytes of HTML each element adds when pre-rendered: its markup from renderHtml (the start tag, the
 * declarative shadow root and the end tag) against the plain tag with the same attributes, raw and gzip -9, each
 * element alone; and the whole clinic page (haven.css linked, fallbacks kept, no script) before and after, where
 * gzip compresses the three elements together.
 */
function htmlBytes(ssr) {
  const bytes = (text) => Buffer.byteLength(text);
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const wrap = (body) => `<!doctype html>\n<html lang="en"><head><title>Bytes</title></head><body>${body}</body></html>\n`;
  const elements = TAGS.map((tag) => {
    const plain = `<${tag} ${ATTRS[tag]}></${tag}>`;
    const page = ssr.renderHtml(wrap(plain), 'bytes.html', CSS_URL).html;
    const rendered = page.slice(page.indexOf('<body>') + 6, page.lastIndexOf('</body>'));
    return {
      tag,
      plainRaw: bytes(plain),
      plainGzip: gzip(plain),
      renderedRaw: bytes(rendered),
      renderedGzip: gzip(rendered),
    };
  });
  const source = clinicPage({ title: 'Bytes', headExtra: `<link rel="stylesheet" href="${CSS_URL}">\n`, element: withFallback });
  const rendered = ssr.renderHtml(source, 'bytes.html', CSS_URL).html;
  return {
    elements,
    page: { plainRaw: bytes(source), plainGzip: gzip(source), renderedRaw: bytes(rendered), renderedGzip: gzip(rendered) },
  };
}

/**
 * The static equivalent of clinic.html: each element's rendered shadow root, copied from a real render (markup
 * with Lit's marker comments removed, plus the element's adopted stylesheets written to a .css file), placed in a
 * declarative shadow root. Same text, same markup, same styles, no JavaScript: what server-side rendering gives.
 */
async function writeStaticPage(browser, origin) {
  const { page, close } = await openPage(browser, { throttle: 1 });
  try {
    await page.goto(`${origin}${PAGES_URL}clinic.html`, { waitUntil: 'load' });
    await waitForHaven(page);
    const parts = await page.evaluate((tags) => {
      return [...document.querySelectorAll(tags.join(','))].map((element) => {
        const holder = document.createElement('div');
        for (const node of element.shadowRoot.childNodes) holder.append(node.cloneNode(true));
        const walker = document.createTreeWalker(holder, NodeFilter.SHOW_COMMENT);
        const comments = [];
        while (walker.nextNode()) comments.push(walker.currentNode);
        for (const comment of comments) comment.remove();
        return {
          tag: element.localName,
          html: holder.innerHTML,
          css: element.shadowRoot.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
          text: element.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        };
      });
    }, TAGS);
    for (const part of parts) writeFileSync(`${PAGES_DIR}static-${part.tag}.css`, `${part.css}\n`);
    const byTag = Object.fromEntries(parts.map((part) => [part.tag, part]));
    writeFileSync(
      `${PAGES_DIR}clinic-static.html`,
      clinicPage({
        title: 'Clinic page, static equivalent',
        element: (tag) =>
          `<${tag} ${ATTRS[tag]}><template shadowrootmode="open"><link rel="stylesheet" href="static-${tag}.css">${byTag[tag]?.html ?? ''}</template></${tag}>`,
      }),
    );
    return parts.map(({ tag, text }) => ({ tag, textLength: text.length }));
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Browser helpers

const pageProblems = [];

/** A page in a fresh incognito context, phone-sized, with the CPU throttled `throttle` times. */
async function openPage(browser, { throttle = 1, lateScript = 0 } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.on('pageerror', (error) => pageProblems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') pageProblems.push(`console.${message.type()}: ${message.text()}`);
  });
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (lateScript) {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.endsWith(SCRIPT_URL) || url.endsWith(HYDRATE_URL)) setTimeout(() => request.continue().catch(() => {}), lateScript);
      else request.continue().catch(() => {});
    });
  }
  return { page, cdp, close: () => context.close() };
}

/** Resolves when every Haven element on the page has rendered and the result has been painted. */
function waitForHaven(page) {
  return page.evaluate(async (tags, script) => {
    // The static equivalent and the pre-rendered page without script have the tags but no Haven script: nothing
    // will ever be defined there.
    const present = document.querySelector(`script[src*="${script}"]`) ? tags.filter((tag) => document.querySelector(tag)) : [];
    await Promise.all(present.map((tag) => customElements.whenDefined(tag)));
    await Promise.all(present.flatMap((tag) => [...document.querySelectorAll(tag)]).map((element) => element.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, TAGS, '/dist/haven');
}

const settle = (page, delay) =>
  page.evaluate(
    (wait) => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, wait)))),
    delay,
  );

async function repeat(label, count, sample) {
  const results = [];
  const begin = Date.now();
  for (let i = 0; i < count; i += 1) results.push(await sample(i));
  log(`${label}: ${count}× in ${((Date.now() - begin) / 1000).toFixed(1)} s`);
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// Measurements

/** Script start to all three elements rendered (updateComplete) and painted, from timing.js. */
async function renderSample(browser, origin, throttle, { heap = false, file = 'render.html' } = {}) {
  const { page, cdp, close } = await openPage(browser, { throttle });
  try {
    await page.goto(`${origin}${PAGES_URL}${file}`, { waitUntil: 'load' });
    const bench = await (await page.waitForFunction(() => window.__havenBench, { timeout: 30_000 })).jsonValue();
    const result = {
      rendered: bench.rendered - bench.start,
      painted: bench.painted - bench.start,
      executed: bench.executed - bench.start, // haven.min.js's load event: ran, and Lit's first updates with it
      defined: bench.defined - bench.start,
      waitedForScript: bench.start - bench.t0,
      elements: bench.elements,
      empty: bench.empty,
    };
    if (heap) result.heap = await heapUsed(cdp);
    return { result, page, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function heapUsed(cdp) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'JSHeapUsedSize').value;
}

async function blankHeapSample(browser, origin) {
  const { page, cdp, close } = await openPage(browser);
  try {
    await page.goto(`${origin}${PAGES_URL}blank.html`, { waitUntil: 'load' });
    await settle(page, 0);
    return await heapUsed(cdp);
  } finally {
    await close();
  }
}

/** FCP, LCP and CLS of one load of `file`, CPU throttled. */
async function paintSample(browser, origin, file) {
  const { page, close } = await openPage(browser, { throttle: CPU_THROTTLE });
  try {
    await page.goto(`${origin}${PAGES_URL}${file}`, { waitUntil: 'load' });
    await waitForHaven(page);
    await settle(page, 100);
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          let lcp;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) lcp = entry;
          }).observe({ type: 'largest-contentful-paint', buffered: true });
          const shifts = [];
          new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => {
            const element = lcp?.element;
            // CLS as clsSample computes it (session windows, the largest).
            let cls = 0;
            let window = 0;
            let first = 0;
            let last = 0;
            for (const entry of shifts) {
              if (entry.hadRecentInput) continue;
              if (window && entry.startTime - last < 1000 && entry.startTime - first < 5000) window += entry.value;
              else {
                window = entry.value;
                first = entry.startTime;
              }
              last = entry.startTime;
              cls = Math.max(cls, window);
            }
            resolve({
              cls,
              fcp: fcp ? fcp.startTime : NaN,
              lcp: lcp ? lcp.startTime : NaN,
              lcpSize: lcp ? lcp.size : 0,
              // LCP entries do not expose nodes inside shadow roots (element is null there).
              lcpElement: element
                ? `${element.localName}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).split(' ')[0]}` : ''}`
                : lcp
                  ? '(inside a shadow root)'
                  : 'none',
            });
          }, 50);
        }),
    );
  } finally {
    await close();
  }
}

/**
 * #16: time until the checklist answers a tick, from navigation start (performance.now() = 0), in one load of
 * `file` at 4x CPU. A hook installed with Page.addScriptToEvaluateOnNewDocument (so the page's HTML and its CSP
 * are unchanged, and the no-script page still has no script of its own) runs on every animation frame: as soon as
 * the page has had its first contentful paint and the checklist's first box exists, it ticks it by clicking its label (the heaviest case: soaking pads, an
 * emergency), then looks on every later frame for
 *   - `answered`: the ticked tier's next step is on screen, whichever way: the live result (`[part=result]` with
 *     that tier, element defined) or the CSS no-script answer (that tier's `.no-script .key` drawn while another
 *     tier's is not, which also proves haven.css applies);
 *   - `live`: the element is defined and its live result shows the tier (the script has run and, on the
 *     pre-rendered page, hydrated and taken over the early tick). Never, on the page without script.
 * Each time is that of the animation frame in which the hook first sees the state, i.e. the start of the frame
 * after the one that painted it: up to one frame late, the same for every page. `hydrated` is when the checklist
 * was defined and had finished its first update (no tick needed), for the scripted pages.
 */
async function ttiSample(browser, origin, file) {
  const { page, close } = await openPage(browser, { throttle: CPU_THROTTLE });
  try {
    await page.evaluateOnNewDocument(() => {
      const state = { tickAt: null, answered: null, live: null, hydrated: null, sign: null, tier: null, frames: 0, firstFrame: null };
      window.__havenTti = state;
      const shown = (element) => !!element && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
      customElements.whenDefined('haven-warning-signs').then(async () => {
        await document.querySelector('haven-warning-signs')?.updateComplete;
        state.hydrated = performance.now();
      });
      const frame = () => {
        state.frames += 1;
        if (state.firstFrame === null) state.firstFrame = performance.now();
        const host = document.querySelector('haven-warning-signs');
        const root = host && host.shadowRoot;
        // A patient can tick only what has been painted: not before the first contentful paint.
        const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
        if (root && state.tickAt === null && painted) {
          const box = root.querySelector('input[type="checkbox"]');
          const label = box && root.querySelector(`label[for="${box.id}"]`);
          if (box && label) {
            label.click();
            state.tickAt = performance.now();
            state.sign = box.value;
            state.tier = box.dataset.tier ?? null;
          }
        } else if (root && state.tickAt !== null) {
          const now = performance.now();
          const defined = host.matches(':defined');
          const result = root.querySelector('[part="result"]');
          const live = defined && result && result.getAttribute('data-tier') === state.tier;
          const key = root.querySelector(`.no-script .key[data-tier="${state.tier}"]`);
          const other = root.querySelector(`.no-script .key:not([data-tier="${state.tier}"])`);
          const css = shown(key) && !shown(other);
          if (live && state.live === null) state.live = now;
          if ((live || css) && state.answered === null) {
            state.answered = now;
            state.answeredBy = live ? 'live result' : 'no-script CSS';
          }
        }
        if (state.live === null && state.frames < 5000) requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    await page.goto(`${origin}${PAGES_URL}${file}`, { waitUntil: 'load' });
    const scripted = await page.evaluate(() => !!document.querySelector('script[src*="/dist/haven"]'));
    await page.waitForFunction((live) => (live ? window.__havenTti.live !== null : window.__havenTti.answered !== null), { timeout: 30_000 }, scripted);
    const state = await page.evaluate(() => ({
      ...window.__havenTti,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    state.interactive = scripted ? state.live : state.answered;
    return state;
  } finally {
    await close();
  }
}

/** #17: one load of a banner-only page at 4x CPU: script evaluation, upgrade and render, FCP (timing.js). */
async function bannerSample(browser, origin, file) {
  const { page, close } = await openPage(browser, { throttle: CPU_THROTTLE });
  try {
    await page.goto(`${origin}${PAGES_URL}${file}`, { waitUntil: 'load' });
    const bench = await (await page.waitForFunction(() => window.__havenBench, { timeout: 30_000 })).jsonValue();
    // The paint entry can be reported a little after the frame timing.js waited for.
    const fcp = await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (entry) resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
          setTimeout(() => resolve(NaN), 5000);
        }),
    );
    return {
      evaluation: bench.executed - bench.start, // compile and run, define: the script's load event
      render: bench.firstRendered - bench.executed, // the parser inserts the banner, it upgrades, Lit renders it
      total: bench.firstRendered - bench.start,
      fcp,
      defined: bench.defined - bench.start,
      empty: bench.empty,
    };
  } finally {
    await close();
  }
}

/** Cumulative Layout Shift so far: session windows (1 s gap, 5 s cap), largest window, as web-vitals does. */
function layoutShifts(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const entries = [];
        new PerformanceObserver((list) => entries.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => {
          let cls = 0;
          let window = 0;
          let first = 0;
          let last = 0;
          for (const entry of entries) {
            if (entry.hadRecentInput) continue;
            if (window && entry.startTime - last < 1000 && entry.startTime - first < 5000) {
              window += entry.value;
            } else {
              window = entry.value;
              first = entry.startTime;
            }
            last = entry.startTime;
            cls = Math.max(cls, window);
          }
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          resolve({
            cls,
            fcp: fcp ? fcp.startTime : NaN,
            shifts: entries.map((entry) => ({
              value: entry.value,
              at: entry.startTime,
              hadRecentInput: entry.hadRecentInput,
              sources: entry.sources.map((source) => ({
                node: source.node ? source.node.nodeName.toLowerCase() : null,
                from: [source.previousRect.y, source.previousRect.height],
                to: [source.currentRect.y, source.currentRect.height],
              })),
            })),
          });
        }, 50);
      }),
  );
}

/** Cumulative Layout Shift of one load of `file`, the Haven script `lateScript` ms late. */
async function clsSample(browser, origin, file, lateScript) {
  const { page, close } = await openPage(browser, { throttle: CPU_THROTTLE, lateScript });
  try {
    await page.goto(`${origin}${PAGES_URL}${file}`, { waitUntil: 'load' });
    await waitForHaven(page);
    await settle(page, 200);
    return await layoutShifts(page);
  } finally {
    await close();
  }
}

/**
 * #16: a box ticked on the pre-rendered page before haven-hydrate.min.js has run (the script held back
 * LATE_SCRIPT_DELAY ms), as soon as the page has painted, by a hook like ttiSample's: the first (emergency) box, then
 * the page scrolled as a patient would, `where` = `box` (the box in the middle of the screen: "Your next step" below
 * it) or `answer` (the no-script answer in the middle of the screen). The layout-shift score once the script runs,
 * counting the shifts Chromium excuses as following input (it sets hadRecentInput after the hook's click and scroll,
 * so CLS alone reads 0 even where the page moves), the load's CLS, and which answer shows at the end.
 */
async function earlyTickSample(browser, origin, where) {
  const { page, close } = await openPage(browser, { throttle: CPU_THROTTLE, lateScript: LATE_SCRIPT_DELAY });
  try {
    await page.evaluateOnNewDocument((scrollTo) => {
      const state = { tickAt: null, defined: false, definedAt: null };
      window.__havenEarly = state;
      customElements.whenDefined('haven-warning-signs').then(() => {
        state.definedAt = performance.now();
      });
      const frame = () => {
        const root = document.querySelector('haven-warning-signs')?.shadowRoot;
        const box = root?.querySelector('input[type="checkbox"]');
        // The answers come last in the shadow root (the common tier's last): at 4x CPU the parser can paint the boxes
        // before it reaches them.
        const parsed = root?.querySelector('.no-script .key[data-tier="expected"]');
        if (!box || !parsed || !performance.getEntriesByName('first-contentful-paint').length) return requestAnimationFrame(frame);
        root.querySelector(`label[for="${box.id}"]`).click();
        state.tickAt = performance.now();
        state.defined = customElements.get('haven-warning-signs') !== undefined;
        const target = scrollTo === 'answer' ? root.querySelector(`.no-script .key[data-tier="${box.dataset.tier}"]`) : box;
        target.scrollIntoView({ block: 'center' });
        return undefined;
      };
      requestAnimationFrame(frame);
    }, where);
    await page.goto(`${origin}${PAGES_URL}ssr-hydrate.html`, { waitUntil: 'load' });
    await waitForHaven(page);
    await settle(page, 300);
    const shifts = await layoutShifts(page);
    const state = await page.evaluate(() => {
      const root = document.querySelector('haven-warning-signs').shadowRoot;
      const drawn = (element) => !!element && getComputedStyle(element).display !== 'none' && element.getClientRects().length > 0;
      return {
        ...window.__havenEarly,
        full: drawn(root.querySelector('[part="result"]:not([data-tier="none"])')),
        noScript: drawn(root.querySelector('.no-script .key[data-tier="emergency"]')),
      };
    });
    // Hydration's own shifts, whether or not Chromium excuses them as following input: a script's click and scroll
    // set hadRecentInput for a while, and a patient who ticked a box a second ago is still reading.
    const afterScript = shifts.shifts.filter((shift) => shift.at >= state.definedAt);
    return { ...shifts, ...state, afterScript: afterScript.reduce((sum, shift) => sum + shift.value, 0), afterSources: afterScript.flatMap((shift) => shift.sources.map((source) => source.node)) };
  } finally {
    await close();
  }
}

/** #16: earlyTickSample for both scroll positions, `count` loads each, and their table rows. */
async function earlyTicks(browser, origin, count) {
  const samples = {};
  for (const where of ['box', 'answer']) {
    samples[where] = await repeat(`#16 box ticked before hydration, ${where} in view`, count, () => earlyTickSample(browser, origin, where));
  }
  const rows = Object.entries(samples).map(([where, list]) => {
    const values = list.map((sample) => sample.afterScript);
    const moved = [...new Set(list.flatMap((sample) => sample.afterSources))].filter(Boolean);
    return {
      measure: `#16 Layout shift once the script runs, a box ticked before it, then ${where === 'box' ? 'the box' : 'its no-script answer'} in view (${CPU_THROTTLE}x CPU, script +${LATE_SCRIPT_DELAY} ms)`,
      median: median(values).toFixed(4),
      p90: percentile(values, 90).toFixed(4),
      detail:
        `MAX ${Math.max(...values).toFixed(4)}; ${values.filter((value) => value > 0).length}/${values.length} loads shifted${moved.length ? ` (${moved.join(', ')})` : ''}, ` +
        `counting shifts Chromium excuses as following input; CLS MAX ${Math.max(...list.map((sample) => sample.cls)).toFixed(4)}; ` +
        `ticked before the script in ${list.filter((sample) => sample.tickAt !== null && !sample.defined).length}/${list.length}; ` +
        `at the end the full answer in ${list.filter((sample) => sample.full).length}, the no-script one in ${list.filter((sample) => sample.noScript).length}`,
    };
  });
  return { samples, rows };
}

/**
 * Checking the first box in <haven-warning-signs>: Event Timing (PerformanceObserver 'event', durationThreshold 16;
 * the interaction's latency is its longest event, as INP counts it) and, as a fallback that works below the 16 ms
 * threshold, the click event's timestamp to the second requestAnimationFrame after it (the next paint, plus up to
 * one frame). Loads render.html, so each sample also gives a throttled render time.
 */
async function interactionSample(browser, origin, throttle) {
  const { result: render, page, close } = await renderSample(browser, origin, throttle);
  try {
    const boxes = await page.evaluate(
      () => document.querySelector('haven-warning-signs')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length ?? 0,
    );
    if (!boxes) return { render, skipped: 'no checkbox in <haven-warning-signs>' };
    await page.evaluate(() => {
      const state = { events: [], firstInput: null, oneRaf: null, twoRaf: null, tier: null };
      window.__havenInteraction = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          state.events.push({ name: entry.name, duration: entry.duration, interactionId: entry.interactionId, start: entry.startTime });
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      new PerformanceObserver((list) => {
        const [entry] = list.getEntries();
        state.firstInput = { name: entry.name, duration: entry.duration };
      }).observe({ type: 'first-input', buffered: true });
      const host = document.querySelector('haven-warning-signs');
      host.addEventListener(
        'click',
        (event) => {
          const t0 = event.timeStamp;
          requestAnimationFrame(() => {
            state.oneRaf = performance.now() - t0;
            requestAnimationFrame(() => {
              state.twoRaf = performance.now() - t0;
              state.tier = host.shadowRoot.querySelector('[part="result"]')?.getAttribute('data-tier') ?? null;
            });
          });
        },
        { capture: true },
      );
    });
    const checkbox = page.locator('haven-warning-signs >>> input[type="checkbox"]');
    await checkbox.click();
    await page.waitForFunction(() => window.__havenInteraction.twoRaf !== null, { timeout: 10_000 });
    await settle(page, 150); // Event Timing entries are queued after the paint they measure.
    const state = await page.evaluate(() => window.__havenInteraction);
    const inInteraction = state.events.filter((entry) => entry.interactionId > 0);
    const eventTiming = inInteraction.length ? Math.max(...inInteraction.map((entry) => entry.duration)) : NaN;
    const value = await page.evaluate(
      () => document.querySelector('haven-warning-signs').shadowRoot.querySelector('input[type="checkbox"]')?.value,
    );
    return {
      render,
      eventTiming, // NaN when every event of the interaction was under the 16 ms threshold
      events: state.events,
      firstInput: state.firstInput,
      oneRaf: state.oneRaf,
      twoRaf: state.twoRaf,
      sign: value,
      tier: state.tier,
    };
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse on demo/index.html, in its own Chromium (Lighthouse's default mobile preset: simulated throttling).

async function runLighthouse(origin) {
  const { default: lighthouse } = await import('lighthouse');
  const browser = await puppeteer.launch({
    executablePath: findEngine('chromium'),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  try {
    const port = Number(new URL(browser.wsEndpoint()).port);
    const result = await lighthouse(`${origin}/demo/`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const { lhr } = result;
    writeFileSync(`${OUT_DIR}lighthouse-demo.json`, result.report);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const audit = (id) => lhr.audits[id]?.numericValue;
    const failing = Object.values(lhr.categories).flatMap((category) =>
      category.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 0.9)
        .map((ref) => `${category.id}: ${ref.id} (${lhr.audits[ref.id].score})`),
    );
    return {
      version: lhr.lighthouseVersion,
      userAgent: lhr.environment?.hostUserAgent,
      formFactor: lhr.configSettings.formFactor,
      throttlingMethod: lhr.configSettings.throttlingMethod,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      speedIndex: audit('speed-index'),
      runtimeError: lhr.runtimeError?.message,
      runWarnings: lhr.runWarnings,
      below90: failing,
    };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run

function build() {
  log('building: npx rollup -c --silent');
  const run = spawnSync('npx', ['rollup', '-c', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) {
    console.error('bench: the build failed; nothing was measured.');
    process.exit(1);
  }
}

function table(rows) {
  const header = ['Measure', 'Median', 'p90', 'Detail'];
  const cells = rows.map((row) => [row.measure, row.median ?? '', row.p90 ?? '', row.detail ?? '']);
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((cell) => String(cell[i]).length)));
  const line = (cell) => `| ${cell.map((value, i) => String(value).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}

if (!flag('no-build')) build();
mkdirSync(OUT_DIR, { recursive: true });
// Haven's own server renderer, as built (after the build: it deletes dist/ first).
const ssr = await import(new URL('../dist/ssr.js', import.meta.url).href);
writePages(ssr);
const prerenderBytes = htmlBytes(ssr);

const size = measureSize();
const server = await startServer(0, '127.0.0.1');
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = findEngine('chromium');
if (!executablePath) {
  console.error('bench: Chromium not found; install the Debian package `chromium` or set CHROME_PATH.');
  process.exit(1);
}
const rows = [];
const raw = {};
let lighthouseResult = null;
const lighthouseOnly = flag('lighthouse-only');
const earlyOnly = flag('early-only');

try {
  const browser = await puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, protocolTimeout: 60_000 });
  const browserVersion = await browser.version();
  raw.environment = {
    date: new Date().toISOString(),
    browser: browserVersion,
    node: process.version,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    runs: RUNS,
    cpuThrottle: CPU_THROTTLE,
    viewport: VIEWPORT,
    lateScriptDelay: LATE_SCRIPT_DELAY,
    loadAverageAtStart: loadavg().map((value) => Number(value.toFixed(2))),
  };
  log(`${browserVersion}, ${RUNS} loads per measure, pages in ${relative(ROOT, PAGES_DIR)}, ${origin}`);

  rows.push(
    { measure: 'dist/haven.min.js raw', median: kb(size.raw), detail: `${size.raw} B` },
    { measure: 'dist/haven.min.js gzip -9', median: kb(size.gzip), detail: `${size.gzip} B; budget ${kb(GZIP_BUDGET)} (${((size.gzip / GZIP_BUDGET) * 100).toFixed(0)}%)` },
    { measure: 'dist/haven.min.js brotli q11', median: kb(size.brotli), detail: `${size.brotli} B` },
  );
  raw.size = size;

  try {
    if (earlyOnly) {
      const early = await earlyTicks(browser, origin, RUNS);
      raw.early = early.samples;
      rows.push(...early.rows);
    } else if (!lighthouseOnly) {
      // Warm-up load (not counted): the first navigation of a fresh browser pays for process start-up.
      await (await renderSample(browser, origin, 1)).close();

      const staticText = await writeStaticPage(browser, origin);
      raw.staticEquivalent = staticText;

      const render1 = await repeat('render 1x + heap', RUNS, async () => {
        const { result, close } = await renderSample(browser, origin, 1, { heap: true });
        await close();
        return result;
      });
      const defineOnly = await repeat('script only 1x', RUNS, async () => {
        const { result, close } = await renderSample(browser, origin, 1, { file: 'define-only.html' });
        await close();
        return result;
      });
      const blank = await repeat('blank heap', Math.max(5, Math.ceil(RUNS / 3)), () => blankHeapSample(browser, origin));
      const interaction = await repeat(`interaction ${CPU_THROTTLE}x + render ${CPU_THROTTLE}x`, RUNS, () =>
        interactionSample(browser, origin, CPU_THROTTLE),
      );
      // One interleaved run: in every round, each page once, the order rotated from round to round, so that
      // background load on the machine falls on all alike. Paint loads (FCP, LCP, CLS) of the head-script embed, the
      // static equivalent and the two pre-rendered pages (#16), then time-until-interactive loads of the three
      // variants #16 compares (separate loads: the hook ticks a box, which would count as layout shift).
      const PAINT_PAGES = { head: 'clinic.html', static: 'clinic-static.html', hydrate: 'ssr-hydrate.html', noscript: 'ssr-noscript.html' };
      const TTI_PAGES = { head: 'clinic.html', hydrate: 'ssr-hydrate.html', noscript: 'ssr-noscript.html' };
      const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
      const rounds = await repeat('clinic page: head script, static, pre-rendered + hydrate, pre-rendered no script (FCP/LCP/CLS and time until interactive, interleaved)', RUNS, async (round) => {
        const paint = {};
        for (const key of rotate(Object.keys(PAINT_PAGES), round)) paint[key] = await paintSample(browser, origin, PAINT_PAGES[key]);
        const tti = {};
        for (const key of rotate(Object.keys(TTI_PAGES), round)) tti[key] = await ttiSample(browser, origin, TTI_PAGES[key]);
        return { paint, tti };
      });
      const clinic = rounds.map((round) => round.paint.head);
      const clinicStatic = rounds.map((round) => round.paint.static);
      const variants = Object.fromEntries(
        Object.keys(PAINT_PAGES).map((key) => [key, { paint: rounds.map((round) => round.paint[key]), tti: TTI_PAGES[key] ? rounds.map((round) => round.tti[key]) : null }]),
      );
      // #17: the banner alone, with its own script or the all-in-one (and each in English only), interleaved.
      const bannerRounds = await repeat(`banner-only page, ${Object.keys(BANNER_SCRIPTS).join(' / ')} (interleaved)`, RUNS, async (round) => {
        const samples = {};
        for (const key of rotate(Object.keys(BANNER_SCRIPTS), round)) samples[key] = await bannerSample(browser, origin, `banner-${key}.html`);
        return samples;
      });
      const banner = Object.fromEntries(Object.keys(BANNER_SCRIPTS).map((key) => [key, bannerRounds.map((round) => round[key])]));
      // The late-script cases are deterministic (the fallback is always painted first), so fewer loads suffice.
      const cls = {};
      const fewer = Math.max(5, Math.ceil(RUNS / 3));
      for (const [file, late, count] of [
        ['cls-banner.html', 0, RUNS],
        ['cls-banner.html', LATE_SCRIPT_DELAY, fewer],
        ['cls-all.html', 0, RUNS],
        ['cls-all.html', LATE_SCRIPT_DELAY, fewer],
        ['cls-compact.html', LATE_SCRIPT_DELAY, fewer],
      ]) {
        cls[`${file}${late ? ' late' : ''}`] = await repeat(`CLS ${file}${late ? ` (script +${late} ms)` : ''}`, count, () =>
          clsSample(browser, origin, file, late),
        );
      }
      const early = await earlyTicks(browser, origin, fewer);
      Object.assign(raw, { render1, defineOnly, blank, interaction, clinic, clinicStatic, cls, variants, banner, prerenderBytes, early: early.samples });

      const empty = [...new Set(render1.flatMap((sample) => sample.empty))];
      const r1 = summary(render1.map((sample) => sample.rendered));
      const p1 = summary(render1.map((sample) => sample.painted));
      const d1 = summary(defineOnly.map((sample) => sample.defined));
      const r4 = summary(interaction.map((sample) => sample.render.rendered));
      rows.push(
        {
          measure: 'Script start → 3 elements rendered (1x CPU)',
          median: ms(r1.median),
          p90: ms(r1.p90),
          detail: `updateComplete of all ${render1[0].elements}; min ${ms(r1.min)}, max ${ms(r1.max)}${empty.length ? `; EMPTY: ${empty.join(', ')}` : ''}`,
        },
        {
          measure: 'Script start → rendered, painted (1x CPU)',
          median: ms(p1.median),
          p90: ms(p1.p90),
          detail: 'to the 2nd requestAnimationFrame after rendering',
        },
        {
          measure: 'Script start → defined, page without elements (1x CPU)',
          median: ms(d1.median),
          p90: ms(d1.p90),
          detail: 'compile, run and register only: the fixed cost before any rendering',
        },
        {
          measure: `Script start → 3 elements rendered (${CPU_THROTTLE}x CPU)`,
          median: ms(r4.median),
          p90: ms(r4.p90),
          detail: `min ${ms(r4.min)}, max ${ms(r4.max)}`,
        },
      );

      const fcpE = summary(clinic.map((sample) => sample.fcp));
      const fcpS = summary(clinicStatic.map((sample) => sample.fcp));
      const lcpE = summary(clinic.map((sample) => sample.lcp));
      const lcpS = summary(clinicStatic.map((sample) => sample.lcp));
      const mostCommon = (list) =>
        Object.entries(list.reduce((acc, item) => ({ ...acc, [item]: (acc[item] ?? 0) + 1 }), {})).sort((a, b) => b[1] - a[1])[0]?.[0];
      rows.push(
        {
          measure: `FCP, clinic page with elements (${CPU_THROTTLE}x CPU)`,
          median: ms(fcpE.median),
          p90: ms(fcpE.p90),
          detail: `static equivalent ${ms(fcpS.median)} (p90 ${ms(fcpS.p90)}); ratio ${(fcpE.median / fcpS.median).toFixed(2)}`,
        },
        {
          measure: `LCP, clinic page with elements (${CPU_THROTTLE}x CPU)`,
          median: ms(lcpE.median),
          p90: ms(lcpE.p90),
          detail: `static equivalent ${ms(lcpS.median)} (p90 ${ms(lcpS.p90)}); ratio ${(lcpE.median / lcpS.median).toFixed(2)}; LCP element: ${mostCommon(clinic.map((s) => s.lcpElement))} vs ${mostCommon(clinicStatic.map((s) => s.lcpElement))}`,
        },
      );

      // #16: the three ways to put Haven on the clinic page, same content, one interleaved run.
      const VARIANT_NAMES = { head: 'head-script embed', hydrate: 'pre-rendered + deferred hydrate', noscript: 'pre-rendered, no script' };
      const of = (key, pick, from = 'paint') => summary(variants[key][from].map(pick));
      const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b ? (a / b).toFixed(2) : 'n/a');
      for (const [metric, pick] of [
        ['FCP', (sample) => sample.fcp],
        ['LCP', (sample) => sample.lcp],
      ]) {
        const base = of('head', pick).median;
        for (const key of Object.keys(VARIANT_NAMES)) {
          const stat = of(key, pick);
          rows.push({
            measure: `#16 ${metric}, ${VARIANT_NAMES[key]} (${CPU_THROTTLE}x CPU)`,
            median: ms(stat.median),
            p90: ms(stat.p90),
            detail: `÷ head-script ${ratio(stat.median, base)}; min ${ms(stat.min)}, max ${ms(stat.max)}${metric === 'LCP' ? `; LCP element ${mostCommon(variants[key].paint.map((s) => s.lcpElement))}` : ''}`,
          });
        }
      }
      for (const key of Object.keys(VARIANT_NAMES)) {
        const values = variants[key].paint.map((sample) => sample.cls);
        rows.push({
          measure: `#16 CLS, ${VARIANT_NAMES[key]} (${CPU_THROTTLE}x CPU)`,
          median: median(values).toFixed(4),
          p90: percentile(values, 90).toFixed(4),
          detail: `MAX ${Math.max(...values).toFixed(4)}; ${values.filter((value) => value > 0).length}/${values.length} loads shifted`,
        });
      }
      const ttiBase = of('head', (sample) => sample.interactive, 'tti').median;
      for (const key of Object.keys(VARIANT_NAMES)) {
        const tti = of(key, (sample) => sample.interactive, 'tti');
        const answered = of(key, (sample) => sample.answered, 'tti');
        const tick = of(key, (sample) => sample.tickAt, 'tti');
        const hydrated = of(key, (sample) => sample.hydrated, 'tti');
        const first = variants[key].tti[0];
        rows.push({
          measure: `#16 Interactive (a tick answered), ${VARIANT_NAMES[key]} (${CPU_THROTTLE}x CPU)`,
          median: ms(tti.median),
          p90: ms(tti.p90),
          detail:
            `÷ head-script ${ratio(tti.median, ttiBase)}; ${key === 'noscript' ? 'CSS answer' : 'live result'}; ` +
            `first answer on screen ${ms(answered.median)} (${mostCommon(variants[key].tti.map((s) => s.answeredBy))}); ` +
            `box ticked at ${ms(tick.median)}${key === 'noscript' ? '' : `; checklist hydrated/rendered ${ms(hydrated.median)}`}; box "${first.sign}" → ${first.tier}`,
        });
      }
      const kbDelta = (bytes) => `+${(bytes / 1024).toFixed(1)} KB`;
      for (const element of prerenderBytes.elements) {
        rows.push({
          measure: `#16 HTML added by pre-rendering <${element.tag}>`,
          median: kbDelta(element.renderedRaw - element.plainRaw),
          detail: `gzip -9 ${kbDelta(element.renderedGzip - element.plainGzip)}; plain tag ${element.plainRaw} B (${element.plainGzip} B gzip) → ${element.renderedRaw} B (${element.renderedGzip} B gzip), alone`,
        });
      }
      const pageBytes = prerenderBytes.page;
      rows.push({
        measure: '#16 HTML added, whole clinic page (3 elements)',
        median: kbDelta(pageBytes.renderedRaw - pageBytes.plainRaw),
        detail: `gzip -9 ${kbDelta(pageBytes.renderedGzip - pageBytes.plainGzip)}; ${pageBytes.plainRaw} B (${pageBytes.plainGzip} B gzip) → ${pageBytes.renderedRaw} B (${pageBytes.renderedGzip} B gzip)`,
      });

      // #17: the banner alone.
      const BANNER_NAMES = {
        banner: ['haven-crisis-banner.min.js', null],
        all: ['haven.min.js', 'banner'],
        'banner-en': ['haven-crisis-banner.en.min.js', null],
        'all-en': ['haven.en.min.js', 'banner-en'],
      };
      const bannerEmpty = [...new Set(Object.values(banner).flat().flatMap((sample) => sample.empty))];
      for (const [metric, pick, what] of [
        ['script evaluation', (sample) => sample.evaluation, 'script start → its load event: compile, run, define'],
        ['upgrade and render', (sample) => sample.render, 'load event → the banner\u2019s first update complete'],
        ['FCP', (sample) => sample.fcp, 'first-contentful-paint, same load'],
      ]) {
        for (const [key, [name, versus]] of Object.entries(BANNER_NAMES)) {
          const stat = summary(banner[key].map(pick));
          const against = versus ? summary(banner[versus].map(pick)).median : NaN;
          rows.push({
            measure: `#17 Banner-only page, ${metric}: ${name} (${CPU_THROTTLE}x CPU)`,
            median: ms(stat.median),
            p90: ms(stat.p90),
            detail: `${versus ? `÷ ${BANNER_NAMES[versus][0]} ${ratio(stat.median, against)}; ` : ''}${what}${bannerEmpty.length ? `; EMPTY: ${bannerEmpty.join(', ')}` : ''}`,
          });
        }
      }

      for (const [key, samples] of Object.entries(cls)) {
        const values = samples.map((sample) => sample.cls);
        const shifted = samples.filter((sample) => sample.cls > 0).length;
        const late = key.endsWith(' late');
        const what = key.startsWith('cls-banner')
          ? 'README snippet (banner)'
          : key.startsWith('cls-compact')
            ? 'snippet with variant="compact"'
            : 'all three elements';
        rows.push({
          measure: `CLS, ${what}${late ? `, script +${LATE_SCRIPT_DELAY} ms` : ''}`,
          median: median(values).toFixed(4),
          p90: percentile(values, 90).toFixed(4),
          detail: `MAX ${Math.max(...values).toFixed(4)}; ${shifted}/${samples.length} loads shifted; ${CPU_THROTTLE}x CPU`,
        });
      }
      rows.push(...early.rows);

      const measured = interaction.filter((sample) => !sample.skipped);
      if (measured.length) {
        const et = summary(measured.map((sample) => sample.eventTiming));
        const below = measured.filter((sample) => !Number.isFinite(sample.eventTiming)).length;
        const two = summary(measured.map((sample) => sample.twoRaf));
        const one = summary(measured.map((sample) => sample.oneRaf));
        rows.push(
          {
            measure: `Check a box: Event Timing (${CPU_THROTTLE}x CPU)`,
            median: below === measured.length ? '< 16 ms' : ms(et.median),
            p90: below === measured.length ? '< 16 ms' : ms(et.p90),
            detail: `longest event of the interaction; ${below}/${measured.length} under the 16 ms threshold (not counted); box "${measured[0].sign}" → ${measured[0].tier}`,
          },
          {
            measure: `Check a box: click → double rAF (${CPU_THROTTLE}x CPU)`,
            median: ms(two.median),
            p90: ms(two.p90),
            detail: `fallback, includes up to 1 frame after the paint; 1st rAF ${ms(one.median)}`,
          },
        );
      } else {
        rows.push({ measure: 'Check a box', median: 'n/a', detail: interaction[0]?.skipped ?? 'not measured' });
      }

      const heapE = median(render1.map((sample) => sample.heap));
      const heapB = median(blank);
      rows.push({
        measure: 'JS heap used after rendering',
        median: mb(heapE),
        detail: `blank page ${mb(heapB)}; difference ${kb(heapE - heapB)} (after HeapProfiler.collectGarbage)`,
      });
    }
  } finally {
    await browser.close();
  }

  if (!flag('no-lighthouse') && !earlyOnly) {
    log('Lighthouse 12.2.3 on /demo/');
    lighthouseResult = await runLighthouse(origin);
    raw.lighthouse = lighthouseResult;
    rows.push({
      measure: `Lighthouse ${lighthouseResult.version}, demo page (${lighthouseResult.formFactor}, ${lighthouseResult.throttlingMethod})`,
      median: `P ${lighthouseResult.performance} · A ${lighthouseResult.accessibility} · BP ${lighthouseResult.bestPractices}`,
      detail: `FCP ${ms(lighthouseResult.fcp)}, LCP ${ms(lighthouseResult.lcp)}, TBT ${ms(lighthouseResult.tbt)}, CLS ${lighthouseResult.cls?.toFixed(4)}, SI ${ms(lighthouseResult.speedIndex)}`,
    });
  }
} finally {
  server.close();
}

const text = table(rows);
console.log(`\n${text}\n`);
if (raw.environment) raw.environment.loadAverageAtEnd = loadavg().map((value) => Number(value.toFixed(2)));
const notes = [
  `Load average (1/5/15 min) at start ${raw.environment?.loadAverageAtStart?.join(' / ')}, at end ${raw.environment?.loadAverageAtEnd?.join(' / ')}; ` +
    `other work on this ${cpus().length}-core machine inflates the timings.`,
  `Chromium ${raw.environment?.browser ?? ''}; ${raw.environment?.cpus ?? ''}; viewport ${VIEWPORT.width}×${VIEWPORT.height}; ` +
    `${RUNS} loads per timed measure, each in a fresh incognito context; CPU throttling ${CPU_THROTTLE}x where stated.`,
];
if (lighthouseResult?.below90?.length) notes.push(`Lighthouse audits under 0.9: ${lighthouseResult.below90.join('; ')}`);
const problems = [...new Set(pageProblems)];
if (problems.length) notes.push(`Page messages: ${problems.slice(0, 10).join(' | ')}`);
for (const note of notes) console.log(note);
writeFileSync(
  `${OUT_DIR}bench.json`,
  `${JSON.stringify({ table: rows, text, notes, pageMessages: problems, seconds: (Date.now() - started) / 1000, ...raw }, null, 2)}\n`,
);
log(`wrote ${relative(ROOT, `${OUT_DIR}bench.json`)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
