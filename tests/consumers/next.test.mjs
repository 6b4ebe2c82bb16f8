// The Next.js App Router example (examples/next/, built with `next build` by scripts/examples.mjs, which then runs
// this file), served by `next start` as a clinic would deploy it and opened in Chromium and Firefox through
// puppeteer-core:
//
// - the server's HTML has each element pre-rendered by Haven's renderer: a declarative shadow root with its real
//   content (the banner's numbers as tel: links, the guide's headings, the checklist's signs);
// - with JavaScript off, that content shows and its links are links;
// - with JavaScript, haven-hydrate.min.js hydrates the same nodes: no hydration error, no layout shift, and a
//   patient's click in the checklist reaches the page's React state (the note under it);
// - after client-side navigation (React sets the HTML with innerHTML, which makes no shadow root) the elements
//   still render themselves and the checklist still reaches React state.
//
// Timeouts here are limits, not measures: the machine may be shared and slow.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';

const app = fileURLToPath(new URL('../../examples/next/', import.meta.url));
const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];

let server;
let origin;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  assert.ok(existsSync(`${app}.next/BUILD_ID`), 'examples/next is built (npm run examples)');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  // Its own process group, so the server and anything it starts stop together.
  server = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: app,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const end = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(origin)).ok) break;
    } catch {
      // Not listening yet.
    }
    assert.ok(Date.now() < end, 'next start answers within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
});

after(() => {
  if (server?.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

const TIER = { 'large-clots': 'Get care now', 'soaking-pads': 'Emergency' };

/** The HTML of one element as the server sent it, from its start tag to its end tag. */
function elementHtml(page, tag) {
  const match = page.match(new RegExp(`<${tag}[ >][\\s\\S]*?</${tag}>`));
  assert.ok(match, `the page has <${tag}>`);
  return match[0];
}

test('the server pre-renders each element with a declarative shadow root and its real content', async () => {
  const page = await (await fetch(origin)).text();
  const banner = elementHtml(page, 'haven-crisis-banner');
  assert.match(banner, /^<haven-crisis-banner [^>]*clinic-name="All About Women"[^>]*>\s*<template shadowrootmode="open"><link rel="stylesheet" href="\/haven\/haven.css">/);
  for (const href of ['tel:911', 'tel:988', 'tel:+17034370001']) assert.ok(banner.includes(`href="${href}"`), `the banner links ${href}`);
  const signs = elementHtml(page, 'haven-warning-signs');
  assert.match(signs, /<template shadowrootmode="open">/);
  assert.match(signs, /<input[^>]*id="sign-large-clots"/);
  assert.match(signs, /<h2[^>]*>/);
  const guide = elementHtml(page, 'haven-recovery-guide');
  assert.match(guide, /<template shadowrootmode="open">/);
  assert.match(guide, /<h2[^>]*>/);
  // strategy="beforeInteractive": preloaded in the head, run by Next.js before it hydrates the page.
  assert.match(page, /<link rel="preload" href="\/haven\/haven-hydrate\.min\.js" as="script"\/>/);
  for (const file of ['/haven/haven.css', '/haven/haven-hydrate.min.js']) {
    assert.equal((await fetch(origin + file)).status, 200, `${file} is served`);
  }
});

const engines = {
  chromium: (executablePath, javaScript = true) =>
    puppeteer.launch({ executablePath, args: [...CHROMIUM_ARGS, ...(javaScript ? [] : ['--blink-settings=scriptEnabled=false'])] }),
  firefox: (executablePath) => puppeteer.launch({ browser: 'firefox', executablePath, headless: true }),
};

/** Each element's shadow root's links and headings, as the patient's browser has them. */
const shadowContent = (page) =>
  page.evaluate((tags) => tags.map((tag) => {
    const root = document.querySelector(tag)?.shadowRoot;
    return {
      tag,
      links: root ? [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')) : [],
      headings: root ? [...root.querySelectorAll('h2, h3')].filter((h) => h.getClientRects().length).map((h) => h.textContent.trim()) : [],
      height: document.querySelector(tag)?.getBoundingClientRect().height ?? 0,
    };
  }), TAGS);

test('chromium without JavaScript: the pre-rendered content shows and its links are links', { skip: !findEngine('chromium') && 'chromium is not installed', timeout: 180_000 }, async () => {
  const browser = await engines.chromium(findEngine('chromium'), false);
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(origin, { waitUntil: 'load', timeout: 120_000 });
    assert.equal(await page.evaluate(() => 'customElements' in window && customElements.get('haven-crisis-banner') !== undefined).catch(() => false), false);
    const content = await shadowContent(page);
    for (const { tag, links, headings, height } of content) {
      assert.ok(height > 0, `${tag} takes space`);
      assert.ok(tag === 'haven-crisis-banner' || headings.length > 0, `${tag} shows its headings`);
      if (tag === 'haven-crisis-banner') assert.ok(['tel:911', 'tel:988', 'tel:+17034370001'].every((href) => links.includes(href)), links.join(' '));
    }
    // haven.css reached the shadow roots: the banner's links are styled as Haven styles them, not the page's default.
    const linked = await page.evaluate(() => document.querySelector('haven-crisis-banner').shadowRoot.querySelector('link').sheet !== null);
    assert.equal(linked, true, 'haven.css loaded in the banner’s shadow root');
  } finally {
    await browser.close();
  }
});

for (const [engine, launch] of Object.entries(engines)) {
  test(`${engine}: the page hydrates without re-creating the DOM or moving, and a checked sign reaches the page's state`, { skip: !findEngine(engine) && `${engine} is not installed`, timeout: 300_000 }, async () => {
    const browser = await launch(findEngine(engine));
    try {
      const page = await browser.newPage();
      page.setDefaultTimeout(60_000);
      const errors = [];
      page.on('console', (message) => ['error', 'warn', 'warning'].includes(message.type()) && errors.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
      // Layout shifts, from the first paint (Chromium; Firefox has no layout-shift entries, so it reports 0).
      await page.evaluateOnNewDocument(() => {
        window.__shift = 0;
        if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
          new PerformanceObserver((list) => list.getEntries().forEach((entry) => !entry.hadRecentInput && (window.__shift += entry.value))).observe({ type: 'layout-shift', buffered: true });
        }
        // The first link of each shadow root as the parser made it, to compare after hydration.
        document.addEventListener('DOMContentLoaded', () => {
          window.__parsed = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'].map((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('a, input'));
        });
      });
      await page.goto(origin, { waitUntil: 'load', timeout: 120_000 });

      await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.hasUpdated), {}, TAGS);
      // React has hydrated once the checklist's wrapper carries its fiber; two frames later its effects have run.
      await page.waitForFunction(() => Object.keys(document.querySelector('haven-warning-signs').parentElement).some((key) => key.startsWith('__reactFiber$')));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      const kept = await page.evaluate((tags) => tags.map((tag, i) => window.__parsed[i] != null && document.querySelector(tag).shadowRoot.querySelector('a, input') === window.__parsed[i]), TAGS);
      assert.deepEqual(kept, [true, true, true], 'each element kept the nodes the parser made from its declarative shadow root');
      // And the server's markers are still there: Lit's hydration keeps the `<!--lit-part …-->` comments the renderer
      // wrote, where a render in the browser would have made its own `<!--?lit$…$-->` ones instead.
      const serverMarkers = await page.evaluate((tags) => tags.map((tag) => {
        const walker = document.createTreeWalker(document.querySelector(tag).shadowRoot, NodeFilter.SHOW_COMMENT);
        let server = false;
        let browser = false;
        while (walker.nextNode()) {
          if (walker.currentNode.data.startsWith('lit-part')) server = true;
          if (walker.currentNode.data.startsWith('?lit$')) browser = true;
        }
        return server && !browser;
      }), TAGS);
      assert.deepEqual(serverMarkers, [true, true, true], 'each shadow root is the server’s, hydrated, not rendered again');
      const links = (await shadowContent(page))[0].links;
      assert.ok(['tel:911', 'tel:988', 'tel:+17034370001'].every((href) => links.includes(href)), links.join(' '));

      // Measured before the clicks below: a script's click is not input, and the result it shows moves the page.
      assert.equal(await page.evaluate(() => window.__shift), 0, 'no layout shift while loading and hydrating');

      const hostTier = () => page.$eval('#host-tier', (el) => el.textContent.trim());
      assert.equal(await hostTier(), 'nothing checked');
      for (const [sign, words] of Object.entries(TIER)) {
        // A patient's click on the sign's label, inside the element's shadow root.
        await page.evaluate((id) => document.querySelector('haven-warning-signs').shadowRoot.querySelector(`label[for="sign-${id}"]`).click(), sign);
        await page.waitForFunction((expected) => document.getElementById('host-tier').textContent.trim() === expected, {}, words);
      }

      // Client-side navigation: React sets each page's HTML with innerHTML, which makes no declarative shadow root.
      await page.evaluate(() => document.querySelector('nav a[href="/after-hours"]').click());
      await page.waitForFunction(() => location.pathname === '/after-hours' && document.querySelector('haven-crisis-banner')?.shadowRoot?.querySelector('a[href="tel:988"]'));
      await page.evaluate(() => document.querySelector('nav a[href="/"]').click());
      await page.waitForFunction(() => location.pathname === '/' && document.querySelector('haven-warning-signs')?.shadowRoot?.querySelector('label[for="sign-large-clots"]'));
      assert.equal(await hostTier(), 'nothing checked');
      await page.evaluate(() => document.querySelector('haven-warning-signs').shadowRoot.querySelector('label[for="sign-large-clots"]').click());
      await page.waitForFunction((expected) => document.getElementById('host-tier').textContent.trim() === expected, {}, TIER['large-clots']);
      // Chromium says so when React's innerHTML meets a <template shadowrootmode> on client-side navigation; the
      // element then renders itself, as checked above. Any other warning or error fails.
      const innerHtmlNote = /^warn: Found declarative shadowrootmode attribute on a template, but declarative Shadow DOM is not being parsed/;
      assert.deepEqual(errors.filter((text) => !innerHtmlNote.test(text)), []);
    } finally {
      await browser.close();
    }
  });
}
