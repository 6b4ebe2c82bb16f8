// The release archive (`npm run release`, which npm test runs first): what is inside release/haven-<version>.zip,
// and its embed builder opened from disk (file://) in Chromium and Firefox, as a clinic's web person without Node
// would open it: it renders the real elements, writes the code with this version's integrity hash, and loads
// nothing but itself. Also shows why the guide says to preview over http: the pinned snippet does not run from disk.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from '../../scripts/browsers.mjs';

const root = new URL('../../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const folder = `haven-${version}`;
const dist = (name) => readFileSync(new URL(`dist/${name}`, root));
let files;
let dir;

before(() => {
  files = unzipSync(readFileSync(new URL(`release/${folder}.zip`, root)));
  dir = mkdtempSync(join(tmpdir(), 'haven-release-'));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    writeFileSync(join(dir, name.slice(folder.length + 1)), data);
  }
});

test('holds the drop-in script with its hash, LICENSE, EMBED.md and the embed builder, in one folder', () => {
  const names = Object.keys(files).sort();
  assert.ok(names.every((name) => name.startsWith(`${folder}/`)), names.join(' '));
  assert.deepEqual(
    names.filter((name) => !/\.min\.js(\.sri)?$/.test(name)),
    [`${folder}/EMBED.md`, `${folder}/LICENSE`, `${folder}/embed-builder.html`],
  );
  for (const name of names.filter((n) => n.endsWith('.min.js'))) {
    const script = name.slice(folder.length + 1);
    assert.deepEqual(Buffer.from(files[name]), dist(script), `${script} is the built file`);
    const sri = `sha384-${createHash('sha384').update(files[name]).digest('base64')}`;
    assert.equal(Buffer.from(files[`${name}.sri`]).toString().trim(), sri, `${script}.sri`);
  }
  assert.ok(files[`${folder}/haven.min.js`], 'haven.min.js');
  assert.match(Buffer.from(files[`${folder}/LICENSE`]).toString(), /^MIT License/);
  const guide = Buffer.from(files[`${folder}/EMBED.md`]).toString();
  assert.ok(guide.includes(`haven-${version}.min.js`) && guide.includes(dist('haven.min.js.sri').toString().trim()), 'EMBED.md names this version and hash');
  assert.doesNotMatch(guide, /\{\{/);
});

test('the embed builder refers to no other file', () => {
  const page = Buffer.from(files[`${folder}/embed-builder.html`]).toString();
  // Only the builder's own templates (`${…}`) and the inlined icon may follow src= or href=.
  const references = [...page.matchAll(/\s(?:src|href)="([^"$]*)"/g)].map((m) => m[1]).filter((ref) => !ref.startsWith('data:'));
  assert.deepEqual(references, []);
});

const engines = {
  chromium: (executablePath) => puppeteer.launch({ executablePath, args: CHROMIUM_ARGS }),
  firefox: (executablePath) => puppeteer.launch({ browser: 'firefox', executablePath, headless: true }),
};

for (const [engine, launch] of Object.entries(engines)) {
  test(`${engine}: the builder works from file:// and writes this version's pinned code`, { skip: !findEngine(engine) && `${engine} is not installed` }, async () => {
    const browser = await launch(findEngine(engine));
    try {
      const page = await browser.newPage();
      const errors = [];
      const requests = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('request', (request) => requests.push(request.url()));
      const url = pathToFileURL(join(dir, 'embed-builder.html')).href;
      await page.goto(url, { waitUntil: 'load' });

      await page.waitForFunction(() => document.getElementById('snippet').value.includes('<haven-crisis-banner'));
      await page.$eval('#clinic-name', (input) => {
        input.value = 'Riverside Clinic';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.waitForFunction(() => document.getElementById('snippet').value.includes('clinic-name="Riverside Clinic"'));
      const snippet = await page.$eval('#snippet', (el) => el.value);
      const integrity = dist('haven.min.js.sri').toString().trim();
      assert.ok(snippet.includes(`src="/assets/haven-${version}.min.js" integrity="${integrity}" crossorigin="anonymous"`), snippet);
      // The live preview is the real element, rendered from the inlined script.
      const banner = await page.waitForFunction(() => document.querySelector('#preview haven-crisis-banner')?.shadowRoot?.textContent);
      assert.match(await banner.jsonValue(), /Riverside Clinic/);

      assert.deepEqual(requests.filter((r) => r !== url && !r.startsWith('data:')), []);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
  });
}

test('chromium: the pinned snippet does not run from file://, which is why EMBED.md says to preview over http', { skip: !findEngine('chromium') && 'chromium is not installed' }, async () => {
  const integrity = dist('haven.min.js.sri').toString().trim();
  writeFileSync(
    join(dir, 'preview.html'),
    `<!doctype html><script src="haven.min.js" integrity="${integrity}" crossorigin="anonymous"></script><haven-crisis-banner></haven-crisis-banner>`,
  );
  const browser = await engines.chromium(findEngine('chromium'));
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(dir, 'preview.html')).href, { waitUntil: 'load' });
    assert.equal(await page.evaluate(() => !!customElements.get('haven-crisis-banner')), false);
  } finally {
    await browser.close();
  }
});
