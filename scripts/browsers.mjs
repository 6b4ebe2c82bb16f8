// Where this machine's browser engines live (Debian packages), and what to install when one is missing.
// Shared by the test runner configuration and scripts/test.mjs.
import { existsSync } from 'node:fs';

export const ENGINES = {
  chromium: {
    package: 'chromium',
    paths: [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
  },
  firefox: {
    package: 'firefox-esr',
    paths: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
  },
  webkit: {
    package: 'webkit2gtk-driver xvfb',
    paths: [process.env.MINIBROWSER_PATH, '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    tools: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb'],
  },
};

/** The executable for an engine, or undefined when it (or a tool it needs) is not installed. */
export function findEngine(name) {
  const engine = ENGINES[name];
  if (engine.tools && !engine.tools.every((tool) => existsSync(tool))) return undefined;
  return engine.paths.find((path) => path && existsSync(path));
}

/** Chromium flags: root needs --no-sandbox; the networking flags stop it calling hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * A new page whose setViewport tolerates Firefox ESR's missing `emulation.setScreenOrientationOverride`: puppeteer-core
 * 24 sends it with every setViewport over WebDriver BiDi, and Debian's Firefox ESR 140.12 answers "unknown command"
 * (the viewport itself is set by the command sent beside it). Any other error is thrown as before.
 */
export async function tolerantPage(context) {
  const page = await context.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
    }
  };
  return page;
}
