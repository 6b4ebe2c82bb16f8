// A clinic's page in the Next.js App Router: a server component. It renders Haven's components from
// haven-elements/react, which are client components ('use client' in the package): the server writes each element
// with its attributes and its no-script fallback, and the browser registers the tags and hydrates them. Only the
// checklist needs state (the page shows its result), so only ./checklist.tsx is a client component of the app's own.
import { HavenCrisisBanner, HavenRecoveryGuide } from 'haven-elements/react';
import { Checklist } from './checklist';
import { clinic } from './clinic';

export default function Page() {
  return (
    <>
      <header className="site-header">
        <p>{clinic.name}</p>
      </header>
      <main>
        <h1>After a miscarriage: caring for yourself</h1>
        <HavenCrisisBanner clinicName={clinic.name} clinicPhone={clinic.phone} region={clinic.region}>
          <p>
            <strong>Need help right now?</strong> In an emergency, call <a href="tel:911">911</a>. To talk with someone
            now, call or text <a href="tel:988">988</a> (Suicide &amp; Crisis Lifeline). {clinic.name}:{' '}
            <a href="tel:+17034370001">{clinic.phone}</a>.
          </p>
        </HavenCrisisBanner>
        <Checklist />
        <HavenRecoveryGuide clinicName={clinic.name} clinicPhone={clinic.phone} region={clinic.region} layout="steps" headingLevel={2}>
          <p>
            Our recovery guide needs JavaScript. You can always call us at <a href="tel:+17034370001">{clinic.phone}</a>.
          </p>
        </HavenRecoveryGuide>
      </main>
    </>
  );
}
