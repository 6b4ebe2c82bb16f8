// The Next.js App Router example (examples/next/, built with `next build` by scripts/examples.mjs, which then runs
// this file), served by `next start` as a clinic would deploy it and opened in Chromium and Firefox through
// puppeteer-core:
//
// - the server's HTML has each element with the clinic's attributes and its no-script fallback;
// - in the browser the tags register, render and hydrate without a hydration error;
// - a patient's click in the checklist reaches the page's React state (the note under it), which is what React's own
//   `onhaven-triage-change` on a hydrated element fails to do (react/react#35446) and haven-elements/react fixes.
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

test('the server renders each element with the clinic’s attributes and its no-script fallback', async () => {
  const page = await (await fetch(origin)).text();
  assert.match(page, /<haven-crisis-banner clinic-name="All About Women" clinic-phone="\(703\) 437-0001" region="US">/);
  assert.match(page, /<haven-warning-signs [^>]*heading-level="2"[^>]*>\s*<p>In an emergency, call <a href="tel:911">911<\/a>/);
  assert.match(page, /<haven-recovery-guide [^>]*layout="steps"/);
});

const engines = {
  chromium: (executablePath) => puppeteer.launch({ executablePath, args: CHROMIUM_ARGS }),
  firefox: (executablePath) => puppeteer.launch({ browser: 'firefox', executablePath, headless: true }),
};

for (const [engine, launch] of Object.entries(engines)) {
  test(`${engine}: the page hydrates and a checked sign reaches the page's state`, { skip: !findEngine(engine) && `${engine} is not installed` }, async () => {
    const browser = await launch(findEngine(engine));
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => response.status() >= 400 && errors.push(`${response.status()} ${response.url()}`));
      await page.goto(origin, { waitUntil: 'load' });

      await page.waitForFunction((tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount), {}, TAGS);
      // React has hydrated the checklist once its fiber is on the element; two frames later its effects have run.
      await page.waitForFunction(() => Object.keys(document.querySelector('haven-warning-signs')).some((key) => key.startsWith('__reactFiber$')));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

      const links = await page.evaluate(() => [...document.querySelector('haven-crisis-banner').shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')));
      assert.ok(['tel:911', 'tel:988', 'tel:+17034370001'].every((href) => links.includes(href)), links.join(' '));

      const hostTier = () => page.$eval('#host-tier', (el) => el.textContent.trim());
      assert.equal(await hostTier(), 'nothing checked');
      for (const [sign, words] of [
        ['large-clots', 'Get care now'],
        ['soaking-pads', 'Emergency'],
      ]) {
        // A patient's click on the sign's label, inside the element's shadow root.
        await page.evaluate((id) => document.querySelector('haven-warning-signs').shadowRoot.querySelector(`label[for="sign-${id}"]`).click(), sign);
        await page.waitForFunction((expected) => document.getElementById('host-tier').textContent.trim() === expected, { timeout: 10_000 }, words);
      }
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
}
