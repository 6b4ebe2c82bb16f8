// Runs every tests/**/*.test.ts in Chromium, Firefox and WebKit. scripts/test.mjs (npm test) starts the WebKit
// driver, chooses the engines and passes them in HAVEN_ENGINES; run through it rather than calling wtr directly.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, findEngine } from './scripts/browsers.mjs';
import { CSP } from './scripts/serve.mjs';


const engines = (process.env.HAVEN_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);

const launchers = {
  chromium: () =>
    chromeLauncher({ launchOptions: { executablePath: findEngine('chromium'), args: CHROMIUM_ARGS } }),
  // Firefox ESR through puppeteer-core's WebDriver BiDi support.
  firefox: () =>
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: findEngine('firefox'), headless: true },
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

export default {
  rootDir: '.',
  files: process.env.HAVEN_FILES ? process.env.HAVEN_FILES.split(',') : ['tests/**/*.test.ts'],
  // Fixture pages under tests/fixtures/csp/ get the same strict policy the README gives clinics.
  middleware: [
    async (ctx, next) => {
      await next();
      if (ctx.path.startsWith('/tests/fixtures/csp/')) ctx.set('Content-Security-Policy', CSP);
    },
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  plugins: [
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
