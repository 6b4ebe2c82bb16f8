// A clinic's page in the Next.js App Router: a server component. Each Haven element is rendered here, on the server,
// by Haven's own renderer (./haven.tsx): the HTML the patient's browser gets already holds each element's content in
// a declarative shadow root, styled by /haven/haven.css, so it shows and its links work before any script runs.
//
// haven-hydrate.min.js then brings the elements to life without re-creating their DOM. It is loaded with
// strategy="beforeInteractive" so it defines the elements before React hydrates the page (and before anything else
// could define them without Lit's hydration support). Only the checklist needs state (the page shows its result),
// so only ./checklist.tsx is a client component of the app's own.
import Link from 'next/link';
import Script from 'next/script';
import { Checklist } from './checklist';
import { clinic, clinicAttributes } from './clinic';
import { Haven, havenHtml } from './haven';
import { HAVEN_HYDRATE } from './haven-assets';

export default function Page() {
  return (
    <>
      <Script src={HAVEN_HYDRATE} strategy="beforeInteractive" />
      <header className="site-header">
        <p>{clinic.name}</p>
        <nav>
          <Link href="/after-hours">After hours</Link>
        </nav>
      </header>
      <main>
        <h1>After a miscarriage: caring for yourself</h1>
        <Haven tag="haven-crisis-banner" attributes={clinicAttributes} />
        <Checklist html={havenHtml('haven-warning-signs', { ...clinicAttributes, 'heading-level': 2 })} />
        <Haven tag="haven-recovery-guide" attributes={{ ...clinicAttributes, layout: 'steps', 'heading-level': 2 }} />
      </main>
    </>
  );
}
