/**
 * Registers <haven-recovery-guide> and nothing else: the entry of `haven-elements/recovery-guide.js`, for apps that use
 * one element. Listed in package.json `sideEffects` so bundlers keep the registration; the class itself comes from a
 * file without side effects.
 */
import { defineElement } from '../core/define.js';
import { HavenRecoveryGuide } from './recovery-guide.js';

export { HavenRecoveryGuide };

defineElement('haven-recovery-guide', HavenRecoveryGuide);

declare global {
  interface HTMLElementTagNameMap {
    'haven-recovery-guide': HavenRecoveryGuide;
  }
}
