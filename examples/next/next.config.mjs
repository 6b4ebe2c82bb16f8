// The app's folder is its root. This repository keeps the clinic's stylesheet one level up (../clinic.css, shared
// with the other examples), so Turbopack's root is examples/; an app of your own needs no config for Haven.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const examples = dirname(dirname(fileURLToPath(import.meta.url)));

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: examples },
  outputFileTracingRoot: examples,
};
