/**
 * Registers every Haven element. This is the entry of the drop-in script `haven.min.js` and of
 * `haven-elements/define.js`; it is listed in package.json `sideEffects` so bundlers keep it.
 */
import { defineElement } from './core/define.js';
import { HavenCrisisBanner } from './crisis-banner/crisis-banner.js';

defineElement('haven-crisis-banner', HavenCrisisBanner);

declare global {
  interface HTMLElementTagNameMap {
    'haven-crisis-banner': HavenCrisisBanner;
  }
}
