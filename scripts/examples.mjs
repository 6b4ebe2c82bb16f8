// `npm run examples` (and part of `npm test`): the consumer projects under examples/, each with its own package.json
// and lockfile, install Haven the way an app does, from the tarball `npm pack` makes (what npm would publish), never
// from the source folder. Then each one builds and tests itself:
//
//   react/       Vite + React 19: tsc, vite build (tests/examples.test.ts then runs the page in three engines)
//   vue/         Vite + Vue 3: vue-tsc, vite build (tests/examples.test.ts too)
//   next/        Next.js App Router: next build, then tests/consumers/next.test.mjs (next start, Chromium, Firefox)
//   vitest/      Vitest + jsdom: tsc, vitest run
//   typescript/  strict tsc and vue-tsc over React, Preact and Vue types, with lines that must fail
//
// Run after `npm run build:package` (npm test does both). Versions in the examples are exact and run on Node 20.
//
// The lockfiles record haven-elements without an integrity hash: the tarball changes with every build, and with a
// hash npm ci installs the copy it cached earlier without a word. After changing an example's dependencies, run
// `npm run examples -- --lock`, which rewrites its lockfile (npm install --package-lock-only) without that hash.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const examples = join(root, 'examples');
const PROJECTS = ['react', 'vue', 'next', 'vitest', 'typescript'];
const TARBALL = 'file:../.pack/haven-elements.tgz';
// Next.js asks to send anonymous usage data; a test run does not.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

function run(command, args, cwd, what) {
  console.log(`\n▶ ${what}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n✖ ${what} failed (${command} ${args.join(' ')}).`);
    process.exit(result.status ?? 1);
  }
}

const lockfile = (name) => join(examples, name, 'package-lock.json');

/** The lockfile's entry for Haven, which must point at the tarball and carry no integrity hash (see above). */
function checkLock(name) {
  const entry = JSON.parse(readFileSync(lockfile(name), 'utf8')).packages?.['node_modules/haven-elements'];
  const problem = !entry
    ? 'has no haven-elements'
    : entry.resolved !== TARBALL
      ? `installs haven-elements from ${entry.resolved}, not ${TARBALL}`
      : entry.integrity
        ? 'has an integrity hash for haven-elements, so npm ci would install an older cached tarball'
        : '';
  if (problem) {
    console.error(`✖ examples/${name}/package-lock.json ${problem}. Run: npm run examples -- --lock`);
    process.exit(1);
  }
}

/** Rewrites each lockfile from its package.json, without the tarball's integrity hash. */
function relock() {
  for (const name of PROJECTS) {
    run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund'], join(examples, name), `${name}: lock`);
    const lock = JSON.parse(readFileSync(lockfile(name), 'utf8'));
    delete lock.packages['node_modules/haven-elements'].integrity;
    writeFileSync(lockfile(name), `${JSON.stringify(lock, null, 2)}\n`);
  }
}

function pack() {
  if (!existsSync(join(root, 'dist/react.js')) || !existsSync(join(root, 'dist/types/jsx-react.d.ts'))) {
    console.error('✖ dist/ is missing or incomplete: run `npm run build:package` first.');
    process.exit(1);
  }
  const dir = join(examples, '.pack');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  // --ignore-scripts: dist/ is already built; `prepare` would build it again.
  const result = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stderr);
    process.exit(result.status ?? 1);
  }
  const [{ filename, size, entryCount }] = JSON.parse(result.stdout);
  // One name for every version, so the examples' package.json files need no change when the version does.
  renameSync(join(dir, filename), join(dir, 'haven-elements.tgz'));
  console.log(`Packed ${filename} (${entryCount} files, ${(size / 1024).toFixed(1)} KB) as examples/.pack/haven-elements.tgz`);
}

pack();
if (process.argv.includes('--lock')) {
  relock();
} else {
  const times = [];
  for (const name of PROJECTS) {
    const started = Date.now();
    const cwd = join(examples, name);
    const { scripts = {} } = JSON.parse(readFileSync(join(cwd, 'package.json'), 'utf8'));
    checkLock(name);
    run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], cwd, `${name}: install`);
    if (scripts.build) run('npm', ['run', 'build'], cwd, `${name}: build`);
    if (scripts.test) run('npm', ['test'], cwd, `${name}: test`);
    times.push(`${name} ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const started = Date.now();
  run(process.execPath, ['--test', '--test-reporter=spec', 'tests/consumers/'], root, 'next: server rendering and hydration');
  times.push(`next in browsers ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(`\nConsumer examples passed (install, build, test): ${times.join(', ')}.`);
}
