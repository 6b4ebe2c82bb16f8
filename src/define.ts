/**
 * Registers every Haven element. This is the entry of the drop-in script `haven.min.js` and of
 * `haven-elements/define.js`; it is listed in package.json `sideEffects` so bundlers keep it.
 */
import { defineElement } from './core/define.js';
import { HavenCrisisBanner } from './crisis-banner/crisis-banner.js';
import { HavenRecoveryGuide } from './recovery-guide/recovery-guide.js';
import { HavenWarningSigns } from './warning-signs/warning-signs.js';

defineElement('haven-crisis-banner', HavenCrisisBanner);
defineElement('haven-warning-signs', HavenWarningSigns);
defineElement('haven-recovery-guide', HavenRecoveryGuide);

declare global {
  interface HTMLElementTagNameMap {
    'haven-crisis-banner': HavenCrisisBanner;
    'haven-warning-signs': HavenWarningSigns;
    'haven-recovery-guide': HavenRecoveryGuide;
  }
}
