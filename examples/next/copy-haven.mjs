// predev and prebuild: copies Haven's stylesheet (linked by each pre-rendered shadow root) and its hydrating script
// from the installed package into public/haven/, so Next.js serves the same version the server renders with.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dist = dirname(createRequire(import.meta.url).resolve('haven-elements/haven.css'));
mkdirSync('public/haven', { recursive: true });
for (const file of ['haven.css', 'haven-hydrate.min.js']) copyFileSync(join(dist, file), join('public/haven', file));
