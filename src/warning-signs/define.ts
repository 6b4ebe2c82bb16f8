/**
 * Registers <haven-warning-signs> and nothing else: the entry of `haven-elements/warning-signs.js`, for apps that use
 * one element. Listed in package.json `sideEffects` so bundlers keep the registration; the class itself comes from a
 * file without side effects.
 */
import { defineElement } from '../core/define.js';
import { HavenWarningSigns } from './warning-signs.js';

export { HavenWarningSigns };

defineElement('haven-warning-signs', HavenWarningSigns);

declare global {
  interface HTMLElementTagNameMap {
    'haven-warning-signs': HavenWarningSigns;
  }
}
