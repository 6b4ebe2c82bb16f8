'use client';
// The checklist and the page's own note of its result. `onTriageChange` is attached with addEventListener by
// haven-elements/react once the element is hydrated; React's own `onhaven-triage-change` on the plain tag is not
// attached to a server-rendered element (react/react#35446), so the note would never change.
import { useState } from 'react';
import type { Tier } from 'haven-elements';
import { HavenWarningSigns } from 'haven-elements/react';
import { clinic } from './clinic';

const TIER_WORDS: Record<Tier, string> = {
  emergency: 'Emergency',
  crisis: 'Urgent',
  now: 'Get care now',
  today: 'Call today',
  'follow-up': 'Not urgent',
  expected: 'Common',
};

export function Checklist() {
  const [tier, setTier] = useState<Tier | null>(null);
  return (
    <>
      <HavenWarningSigns
        clinicName={clinic.name}
        clinicPhone={clinic.phone}
        region={clinic.region}
        headingLevel={2}
        onTriageChange={(event) => setTier(event.detail.tier)}
      >
        <p>
          In an emergency, call <a href="tel:911">911</a>. If something worries you, call {clinic.name} at{' '}
          <a href="tel:+17034370001">{clinic.phone}</a>.
        </p>
      </HavenWarningSigns>
      {/* Not a live region: the checklist's own result area already announces each change. */}
      <p className="host-note">
        Checklist result, as this page heard it: <strong id="host-tier">{tier ? TIER_WORDS[tier] : 'nothing checked'}</strong>
      </p>
    </>
  );
}
