// The Vue 3 example's entry: registers Haven's three tags once, then mounts the clinic page. App.vue's template is
// compiled at build time (examples/build.mjs) with `isCustomElement` for haven-* tags, so the page ships Vue's
// runtime only: no template compiler, no 'unsafe-eval' in the Content-Security-Policy.
import 'haven-elements/define.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
