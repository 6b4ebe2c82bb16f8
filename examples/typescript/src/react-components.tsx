// The React components of haven-elements/react: every prop name and type is checked, events included.
import { useRef, useState } from 'react';
import type { HavenRecoveryGuide as GuideElement, Tier } from 'haven-elements';
import { HavenCrisisBanner, HavenRecoveryGuide, HavenWarningSigns } from 'haven-elements/react';

export function Page() {
  const [tier, setTier] = useState<Tier | null>(null);
  const guide = useRef<GuideElement>(null);
  return (
    <>
      <HavenCrisisBanner clinicName="All About Women" clinicPhone="(703) 437-0001" region="US" variant="compact">
        <p>
          In an emergency, call <a href="tel:911">911</a>.
        </p>
      </HavenCrisisBanner>
      <HavenWarningSigns headingLevel={3} onTriageChange={(event) => setTier(event.detail.tier)} onContact={(event) => event.detail.service} />
      <p>{tier ?? 'nothing checked'}</p>
      <HavenRecoveryGuide ref={guide} layout="steps" sections={['physical', 'crisis']} className="guide" />
    </>
  );
}

// @ts-expect-error: misspelt prop
export const badProp = <HavenWarningSigns clinicNmae="All About Women" />;
// @ts-expect-error: misspelt event prop
export const badEvent = <HavenWarningSigns onTriageChanged={() => undefined} />;
// @ts-expect-error: the banner has no checklist, so no onTriageChange
export const wrongElement = <HavenCrisisBanner onTriageChange={() => undefined} />;
// @ts-expect-error: the event detail has no `level`
export const badDetail = <HavenWarningSigns onTriageChange={(event) => event.detail.level} />;
// @ts-expect-error: `variant` is 'full' or 'compact'
export const badVariant = <HavenCrisisBanner variant="small" />;
// @ts-expect-error: section ids are strings
export const badSections = <HavenRecoveryGuide sections={['physical', 2]} />;
export function BadRef() {
  const input = useRef<HTMLInputElement>(null);
  // @ts-expect-error: the ref is the <haven-warning-signs> element
  return <HavenWarningSigns ref={input} />;
}
