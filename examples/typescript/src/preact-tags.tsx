/** @jsxImportSource preact */
// The plain tags in Preact's JSX, typed by haven-elements/types/preact. Preact, like React, adds `on<event>` props as
// listeners and sets unknown names as attributes.
import type {} from 'haven-elements/types/preact';
import type { Tier } from 'haven-elements';

export function Page({ onTier }: { onTier: (tier: Tier | null) => void }) {
  return (
    <>
      <haven-crisis-banner clinic-name="All About Women" clinic-phone="(703) 437-0001" variant="full" />
      <haven-warning-signs onhaven-triage-change={(event) => onTier(event.detail.tier)} />
      <haven-recovery-guide layout="page" />
    </>
  );
}

// @ts-expect-error: `variant` is 'full' or 'compact'
export const badVariant = <haven-crisis-banner variant="small" />;
// @ts-expect-error: the checklist's event detail has no `level`
export const badDetail = <haven-warning-signs onhaven-triage-change={(event) => event.detail.level} />;
// @ts-expect-error: there is no <haven-warning-sign>
export const badTag = <haven-warning-sign />;
