// `npm test`: builds dist/ (the drop-in script, the ES modules, their types), the manifest and what is derived from
// it, and the WordPress example; installs, builds and tests the consumer examples from the packed package
// (scripts/examples.mjs: Vite + React, Vite + Vue, Next.js, Vitest, TypeScript); builds the release archive; runs
// tests/node/ in Node (no DOM, jsdom, the archive); then the whole browser suite in Chromium, Firefox and WebKit.
// A missing engine is named with the Debian package that provides it; with CI=true it fails the run. WebKit needs a
// display and a WebDriver server: this script starts Xvfb and WebKitWebDriver, and stops both.
//
// Options (environment): HAVEN_ENGINES=chromium,firefox (a subset), HAVEN_FILES=tests/phone.test.ts (a subset). A
// subset that leaves out tests/examples.test.ts skips the consumer examples (they take a minute or two), and one that
// names no tests/node/ file skips the Node tests.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, findEngine } from './browsers.mjs';

const ci = /^(1|true)$/i.test(process.env.CI ?? '');
const wanted = (process.env.HAVEN_ENGINES ?? 'chromium,firefox,webkit').split(',').filter(Boolean);
const children = [];

function stopChildren() {
  for (const child of children.splice(0)) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, ms = 20_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startWebKitDriver() {
  // -displayfd lets Xvfb pick a free display and tell us which, so parallel runs never collide.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('exit', () => reject(new Error('Xvfb exited before it reported a display')));
    setTimeout(() => reject(new Error('timed out waiting for Xvfb')), 20_000);
  });
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: `:${display}` },
    stdio: 'ignore',
  });
  children.push(driver);
  await waitFor(async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      return res.ok;
    } catch {
      return false;
    }
  }, 'WebKitWebDriver');
  return { port, display };
}

async function main() {
  const missing = wanted.filter((name) => !ENGINES[name] || !findEngine(name));
  if (missing.length) {
    const packages = missing.map((name) => ENGINES[name]?.package ?? name).join(' ');
    console.error(`\nMissing browser engine(s): ${missing.join(', ')}.`);
    console.error(`Install them with:  sudo apt-get install -y ${packages}\n`);
    if (ci) {
      console.error('CI=true: every engine must run, so this is a failure.');
      process.exit(1);
    }
    console.error('Not in CI: running the remaining engines only. This run does not cover every engine.\n');
  }
  const engines = wanted.filter((name) => !missing.includes(name));
  if (!engines.length) process.exit(1);

  const build = spawnSync('npx', ['rollup', '-c', '--silent'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  // Type declarations, the Custom Elements Manifest and the WordPress example, which tests load as built.
  for (const script of ['build:types', 'analyze', 'build:examples']) {
    const step = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
    if (step.status !== 0) process.exit(step.status ?? 1);
  }
  const files = process.env.HAVEN_FILES?.split(',');
  if (!files || files.some((file) => file.includes('examples'))) {
    const consumers = spawnSync(process.execPath, ['scripts/examples.mjs'], { stdio: 'inherit' });
    if (consumers.status !== 0) process.exit(consumers.status ?? 1);
  }
  const release = spawnSync(process.execPath, ['scripts/release.mjs'], { stdio: 'inherit' });
  if (release.status !== 0) process.exit(release.status ?? 1);

  // Node's own test runner first (tests/node/: Haven with no DOM and in jsdom, the release archive). A subset skips
  // them unless it names one (HAVEN_FILES=tests/node/ssr.test.mjs runs that file).
  const nodeFiles = files ? files.filter((file) => file.startsWith('tests/node')) : ['tests/node/'];
  const node = nodeFiles.length
    ? spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...nodeFiles], { encoding: 'utf8' })
    : { stdout: '', stderr: '', status: 0 };
  process.stdout.write(node.stdout ?? '');
  process.stderr.write(node.stderr ?? '');
  const nodeCount = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(node.stdout ?? '')?.[1] ?? 0);
  // A file that cannot load counts as one failure even though no test reported.
  const nodeTally = { passed: nodeCount('pass'), failed: nodeCount('fail') || (node.status === 0 ? 0 : 1), skipped: nodeCount('skipped') };

  const summary = join(mkdtempSync(join(tmpdir(), 'haven-test-')), 'summary.json');
  const env = { ...process.env, HAVEN_ENGINES: engines.join(','), HAVEN_SUMMARY: summary };
  if (engines.includes('webkit')) {
    const { port } = await startWebKitDriver();
    env.HAVEN_WEBDRIVER_PORT = String(port);
  }

  const started = Date.now();
  const wtr = spawn('npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  children.push(wtr);
  const [exitCode, exitSignal] = await new Promise((resolve) => wtr.on('exit', (...how) => resolve(how)));
  const summarised = existsSync(summary);
  // Node gives a code or, when a signal ended it, null and the signal.
  const code = summarised ? (exitCode ?? 1) : 1;
  console.log(`\nEngines: ${engines.join(', ')}. Test time: ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  // web-test-runner ending before its reporter wrote the summary (a crash, a signal): say how, so a red run says why.
  if (!summarised) console.log(`web-test-runner ended with no summary (exit code ${exitCode}, signal ${exitSignal}).`);
  else {
    const total = { passed: 0, failed: 0, skipped: 0 };
    const results = { Node: nodeTally, ...JSON.parse(readFileSync(summary, 'utf8')) };
    for (const [engine, t] of Object.entries(results)) {
      console.log(`${engine}: ${t.passed} passed, ${t.failed} failed, ${t.skipped} skipped`);
      for (const key of Object.keys(total)) total[key] += t[key];
    }
    console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  }
  stopChildren();
  process.exit(missing.length && ci ? 1 : node.status !== 0 ? 1 : code);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}
process.on('exit', stopChildren);

main().catch((error) => {
  console.error(error);
  stopChildren();
  process.exit(1);
});
