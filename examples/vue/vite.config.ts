// Vite's Vue setup. Haven's tags are custom elements, not Vue components: `isCustomElement` tells Vue's template
// compiler so, and templates are compiled at build time, so the page ships Vue's runtime only (no template compiler,
// no 'unsafe-eval' in the Content-Security-Policy). Relative asset paths let the built page work from a sub-folder
// (tests/examples.test.ts serves it at /examples/vue/dist/).
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('haven-') } } })],
  base: './',
});
