// Vite's React setup, with relative asset paths so the built page also works from a sub-folder
// (tests/examples.test.ts serves it at /examples/react/dist/).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  base: './',
});
