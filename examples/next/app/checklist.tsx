'use client';
// The checklist and the page's own note of its result. The checklist arrives pre-rendered from the server (its HTML
// is a prop, made by ./haven.tsx with Haven's renderer); React keeps that HTML as it is while hydrating and this
// component listens for `haven-triage-change`, which bubbles out of the element, on its wrapper. (The
// haven-elements/react components render the bare tag, with no shadow root, so they are not used here.)
import { useEffect, useRef, useState } from 'react';
import type { Tier, TriageChangeDetail } from 'haven-elements';

const TIER_WORDS: Record<Tier, string> = {
  emergency: 'Emergency',
  crisis: 'Urgent',
  now: 'Get care now',
  today: 'Call today',
  'follow-up': 'Not urgent',
  expected: 'Common',
};

export function Checklist({ html }: { html: string }) {
  const [tier, setTier] = useState<Tier | null>(null);
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const wrapper = host.current;
    if (!wrapper) return;
    const heard = (event: Event) => setTier((event as CustomEvent<TriageChangeDetail>).detail.tier);
    wrapper.addEventListener('haven-triage-change', heard);
    return () => wrapper.removeEventListener('haven-triage-change', heard);
  }, []);
  return (
    <>
      {/* Trusted renderer output, not text: see ./haven.tsx. */}
      <div className="haven-host" ref={host} dangerouslySetInnerHTML={{ __html: html }} />
      {/* Not a live region: the checklist's own result area already announces each change. */}
      <p className="host-note">
        Checklist result, as this page heard it: <strong id="host-tier">{tier ? TIER_WORDS[tier] : 'nothing checked'}</strong>
      </p>
    </>
  );
}
