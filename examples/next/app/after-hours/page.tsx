// A second page, so the example (and tests/consumers/next.test.mjs) covers client-side navigation: a <Link> renders
// the next page in the browser, where React sets the pre-rendered HTML with innerHTML, which does not make
// declarative shadow roots. The <template> stays an inert child, and the element (defined by then) renders itself.
import Link from 'next/link';
import Script from 'next/script';
import { clinic, clinicAttributes } from '../clinic';
import { Haven } from '../haven';
import { HAVEN_HYDRATE } from '../haven-assets';

export default function AfterHours() {
  return (
    <>
      <Script src={HAVEN_HYDRATE} strategy="beforeInteractive" />
      <header className="site-header">
        <p>{clinic.name}</p>
        <nav>
          <Link href="/">Caring for yourself</Link>
        </nav>
      </header>
      <main>
        <h1>When we are closed</h1>
        <Haven tag="haven-crisis-banner" attributes={{ ...clinicAttributes, variant: 'full' }} />
      </main>
    </>
  );
}
