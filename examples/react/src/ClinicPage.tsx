// A clinic's page in a React 19 app rendered in the browser (Vite). React 19 sets custom elements' attributes as
// written and turns `on<event>` props into event listeners, so the plain tags work: `onhaven-triage-change` listens
// for haven-triage-change. The tags and their props are typed by haven-elements/types/react (./haven.d.ts). A page
// rendered on a server (Next.js) uses haven-elements/react instead: see ../../next/.
import { useState } from 'react';
import type { Tier } from 'haven-elements';

export interface Clinic {
  name: string;
  phone: string;
  /** ISO country code: US, CA, GB, IE, AU or NZ. */
  region: string;
}

const TIER_WORDS: Record<Tier, string> = {
  emergency: 'Emergency',
  crisis: 'Urgent',
  now: 'Get care now',
  today: 'Call today',
  'follow-up': 'Not urgent',
  expected: 'Common',
};

export function ClinicPage({ clinic }: { clinic: Clinic }) {
  const [tier, setTier] = useState<Tier | null>(null);
  const contact = { 'clinic-name': clinic.name, 'clinic-phone': clinic.phone, region: clinic.region };

  return (
    <>
      <header className="site-header">
        <p>{clinic.name}</p>
      </header>
      <main>
        <h1>After a miscarriage: caring for yourself</h1>
        <haven-crisis-banner {...contact} />
        <haven-warning-signs {...contact} heading-level="2" onhaven-triage-change={(event) => setTier(event.detail.tier)} />
        {/* Not a live region: the checklist's own result area already announces each change. */}
        <p className="host-note">
          Checklist result, as this page heard it: <strong id="host-tier">{tier ? TIER_WORDS[tier] : 'nothing checked'}</strong>
        </p>
        <haven-recovery-guide {...contact} layout="steps" heading-level="2" />
      </main>
    </>
  );
}
