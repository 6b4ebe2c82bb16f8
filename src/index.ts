/**
 * Haven's classes and helpers, without side effects: importing this registers nothing.
 * Import `haven-elements/define.js` (or load `haven.min.js`) to register the tags.
 */
export { HavenElement, type HavenContactDetail } from './core/haven-element.js';
export { HavenCrisisBanner, type BannerVariant } from './crisis-banner/crisis-banner.js';
export { HavenWarningSigns, type TriageChangeDetail } from './warning-signs/warning-signs.js';
export { HavenRecoveryGuide, type GuideLayout } from './recovery-guide/recovery-guide.js';
export { SIGNS, TIERS, triageTier, type Sign, type Tier } from './content/signs.js';
export { defineElement } from './core/define.js';
export { normalisePhone, telHref, smsHref, type PhoneNumber, type DialPlan } from './core/phone.js';
export { safeHttpUrl } from './core/url.js';
export { REGIONS, HOTLINE_DIRECTORY, type RegionContacts, type ContactLine } from './content/contacts.js';
export { VERSION } from './core/version.js';
