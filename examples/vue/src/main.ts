// The Vue 3 example's entry: registers Haven's three tags once, then mounts the clinic page.
import 'haven-elements/define.js';
import { createApp } from 'vue';
import '../../clinic.css';
import App from './App.vue';

createApp(App).mount('#app');
