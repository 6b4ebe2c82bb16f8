// Plain DOM code: registering the tags types document.createElement and querySelector, and both events' details.
import 'haven-elements/define.js';
import type { Tier } from 'haven-elements';

const checklist = document.createElement('haven-warning-signs');
checklist.clinicPhone = '(703) 437-0001';
checklist.addEventListener('haven-triage-change', (event) => {
  const tier: Tier | null = event.detail.tier;
  console.log(tier, event.detail.signs.join(' '));
});
document.querySelector('haven-crisis-banner')?.addEventListener('haven-contact', (event) => {
  console.log(event.detail.service, event.detail.method);
});

// @ts-expect-error: the detail has `tier` and `signs`, no `level`
checklist.addEventListener('haven-triage-change', (event) => event.detail.level);
// @ts-expect-error: a contact's detail has no tier
document.querySelector('haven-crisis-banner')?.addEventListener('haven-contact', (event) => event.detail.tier);
// @ts-expect-error: the banner's variant is 'full' or 'compact'
document.createElement('haven-crisis-banner').variant = 'small';
