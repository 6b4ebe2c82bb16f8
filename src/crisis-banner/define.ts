/**
 * Registers <haven-crisis-banner> and nothing else: the entry of `haven-elements/crisis-banner.js`, for apps that use
 * one element. Listed in package.json `sideEffects` so bundlers keep the registration; the class itself comes from a
 * file without side effects.
 */
import { defineElement } from '../core/define.js';
import { HavenCrisisBanner } from './crisis-banner.js';

export { HavenCrisisBanner };

defineElement('haven-crisis-banner', HavenCrisisBanner);

declare global {
  interface HTMLElementTagNameMap {
    'haven-crisis-banner': HavenCrisisBanner;
  }
}
