// `npm start` (after the build): serves the repository on localhost so /demo/ can load /dist/haven.min.js
// exactly as a clinic page would. Every response carries the strict Content-Security-Policy Haven promises to
// work under, so the demo proves it. No dependencies; files outside the repository are never served.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};
/**
 * The Trusted Types policy each drop-in script creates: `haven` for haven.min.js, and each element's own script its
 * tag name (rollup.config.mjs). A page lists the ones it loads; the demo loads all of them somewhere.
 */
export const POLICIES = 'haven haven-crisis-banner haven-warning-signs haven-recovery-guide';

/** The strict policy with `policies` as its Trusted Types names. */
export const cspWith = (policies) =>
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  `require-trusted-types-for 'script'; trusted-types ${policies}`;

export const CSP = cspWith(POLICIES);

/**
 * The policy for a path: the strict one, plus the Trusted Types policies the framework examples' own code creates
 * (they bundle Haven's ES modules with the app's Lit, which names its policy "lit-html"; Vue's runtime adds "vue").
 */
export function cspFor(path) {
  if (path.startsWith('/examples/vue/')) return cspWith(`${POLICIES} lit-html vue`);
  if (path.startsWith('/examples/react/')) return cspWith(`${POLICIES} lit-html`);
  return CSP;
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

export function startServer(port = Number(process.env.PORT ?? 8000), host = '127.0.0.1') {
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return send(res, 400, 'Bad request');
    }
    if (path === '/') {
      res.writeHead(302, { location: '/demo/' });
      return res.end();
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'Forbidden');
    if (file.includes(`${sep}node_modules${sep}`) || file.includes(`${sep}.git`)) return send(res, 404, 'Not found');
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      return send(res, 404, 'Not found');
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': cspFor(path),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startServer().catch(async (error) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return startServer(0);
  });
  const { port } = server.address();
  console.log(`\nHaven demo: http://localhost:${port}/demo/\n(Ctrl+C to stop)\n`);
}
