// `npm run screenshot`: photographs the demo in headless Chromium for the README (docs/screenshot.png, a phone
// width, docs/screenshot-desktop.png, and docs/screenshot-es-gb.png, the banner in Spanish for the UK). Run `npm run build` first. Prints any console message or CSP violation
// the page produced, so a broken demo is noticed rather than photographed.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from './browsers.mjs';
import { startServer } from './serve.mjs';

const server = await startServer(0);
const url = `http://127.0.0.1:${server.address().port}/demo/`;
const browser = await puppeteer.launch({ executablePath: findEngine('chromium'), args: CHROMIUM_ARGS, headless: true });
try {
  const shots = [
    { path: 'docs/screenshot.png', width: 390, height: 844, fullPage: false, deviceScaleFactor: 2 },
    { path: 'docs/screenshot-desktop.png', width: 1100, height: 1400, fullPage: false, deviceScaleFactor: 1 },
    // The banner in Spanish for a UK partner site, scrolled to the banner.
    { path: 'docs/screenshot-es-gb.png', width: 390, height: 844, fullPage: false, deviceScaleFactor: 2, query: '?lang=es&region=GB', scrollTo: 'haven-crisis-banner' },
    ...(process.env.FULL ? [{ path: '/tmp/haven-full.png', width: 390, height: 844, fullPage: true, deviceScaleFactor: 1 }] : []),
  ];
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('console', (msg) => console.log(`[console.${msg.type()}] ${msg.text()}`));
    page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.setViewport({ width: shot.width, height: shot.height, deviceScaleFactor: shot.deviceScaleFactor });
    await page.goto(url + (shot.query ?? ''), { waitUntil: 'networkidle0' });
    await page.evaluate(() => Promise.all(['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'].map((t) => customElements.whenDefined(t))));
    if (shot.scrollTo) await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), shot.scrollTo);
    await page.screenshot({ path: shot.path, fullPage: shot.fullPage });
    console.log(`wrote ${shot.path}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
