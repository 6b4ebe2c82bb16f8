// The plain tags in React 19's JSX, typed by haven-elements/types/react (generated from custom-elements.json).
// TypeScript checks JSX attribute names that contain a hyphen only when they are declared, never as unknown, so a
// misspelt `clinic-nmae` passes here: the components in react-components.tsx check every name.
import type {} from 'haven-elements/types/react';
import type { Tier } from 'haven-elements';

export function Page({ onTier }: { onTier: (tier: Tier | null) => void }) {
  return (
    <>
      <haven-crisis-banner clinic-name="All About Women" clinic-phone="(703) 437-0001" region="GB" variant="compact" />
      <haven-warning-signs heading-level="3" onhaven-triage-change={(event) => onTier(event.detail.tier)} />
      <haven-recovery-guide layout="steps" sections="physical crisis" onhaven-contact={(event) => event.detail.method} />
    </>
  );
}

// @ts-expect-error: `variant` is 'full' or 'compact'
export const badVariant = <haven-crisis-banner variant="small" />;
// @ts-expect-error: `layout` is 'page' or 'steps'
export const badLayout = <haven-recovery-guide layout="one-page" />;
// @ts-expect-error: the checklist's event detail has no `level`
export const badDetail = <haven-warning-signs onhaven-triage-change={(event) => event.detail.level} />;
// @ts-expect-error: the handler must take haven-triage-change's CustomEvent<TriageChangeDetail>
export const badHandler = <haven-warning-signs onhaven-triage-change={(event: CustomEvent<number>) => event} />;
// @ts-expect-error: there is no <haven-warning-sign>
export const badTag = <haven-warning-sign />;
