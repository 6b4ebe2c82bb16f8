'use client';
/**
 * `haven-elements/react`: React components for Haven's three elements, for React 19 apps and Next.js (App Router).
 *
 * Why components and not the plain tags: React 19 attaches `onhaven-triage-change` to a custom element it creates,
 * but not to one it hydrates from server-rendered HTML (react/react#35446), so in Next.js the page never hears the
 * checklist. These components are made with @lit/react's `createComponent`, which adds `onTriageChange` and
 * `onContact` with addEventListener once the element is in the page, hydrated or not.
 *
 * Importing this module registers the three tags. It is marked 'use client' (the build keeps the directive at the top
 * of dist/react.js), so in Next.js it runs in the browser too: a server component that imports define.js builds, but
 * nothing registers the tags in the browser and they never upgrade.
 *
 * Every setting is written as the element's attribute (`clinicName` as `clinic-name`), so the server's HTML already
 * has the clinic's region and numbers: the element shows them from its first render, before hydration, and the
 * children (the no-script fallback) stay in the HTML for patients whose browser does not run the script.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import '../define.js';
import type { HavenContactDetail } from '../core/haven-element.js';
import type { BannerVariant, HavenCrisisBanner as CrisisBannerElement } from '../crisis-banner/crisis-banner.js';
import type { GuideLayout, HavenRecoveryGuide as RecoveryGuideElement } from '../recovery-guide/recovery-guide.js';
import type { HavenWarningSigns as WarningSignsElement, TriageChangeDetail } from '../warning-signs/warning-signs.js';

/** The settings every element takes (see the README for each one). */
export interface HavenSettings {
  clinicName?: string;
  clinicPhone?: string;
  afterHoursPhone?: string;
  /** Opening hours, e.g. `Mo-Fr 08:00-17:00; Sa 09:00-12:00`, shown in words with "Open now:" / "Closed now:". */
  clinicHours?: string;
  /** IANA time zone of `clinicHours`, e.g. `America/Chicago`; default the region's main zone. */
  clinicTimeZone?: string;
  /** ISO country code: `US`, `CA`, `GB`, `GB-NIR`, `IE`, `AU` or `NZ`. */
  region?: string;
  emergencyNumber?: string;
  hotlineUrl?: string;
  /** Level (2–6) of the element's top heading. */
  headingLevel?: string | number;
  /** The landmark's name, when the page has more than one copy of an element (e.g. "Help in Spanish"). */
  label?: string;
  /** A patient activated a call, text or chat link, or the helpline directory. */
  onContact?: (event: CustomEvent<HavenContactDetail>) => void;
}

/** React's own props for the host element (`id`, `className`, `lang`, children as the no-script fallback…). */
type HostProps<E extends HTMLElement, Own> = Omit<React.HTMLAttributes<E>, keyof Own> & { ref?: React.Ref<E> };

interface CrisisBannerSettings extends HavenSettings {
  /**
   * `auto` (default) is one line in a narrow space and every contact in a wide one; `full` always shows every
   * contact; `compact` is one line with a button that shows the rest.
   */
  variant?: BannerVariant;
}
interface WarningSignsSettings extends HavenSettings {
  /** The patient checked or unchecked a sign, or pressed Clear: `event.detail` is `{ tier, signs }`. */
  onTriageChange?: (event: CustomEvent<TriageChangeDetail>) => void;
}
interface RecoveryGuideSettings extends HavenSettings {
  /** `page` (default): every section, with a contents list. `steps`: one section at a time. */
  layout?: GuideLayout;
  /** Which built-in sections to show, in order: an array of ids or a space-separated string. */
  sections?: string | readonly string[];
}

export type HavenCrisisBannerProps = CrisisBannerSettings & HostProps<CrisisBannerElement, CrisisBannerSettings>;
export type HavenWarningSignsProps = WarningSignsSettings & HostProps<WarningSignsElement, WarningSignsSettings>;
export type HavenRecoveryGuideProps = RecoveryGuideSettings & HostProps<RecoveryGuideElement, RecoveryGuideSettings>;

/** Each setting's attribute. tests/react.test.ts renders every property each element has, by name, as a prop. */
const SHARED = {
  clinicName: 'clinic-name',
  clinicPhone: 'clinic-phone',
  afterHoursPhone: 'after-hours-phone',
  clinicHours: 'clinic-hours',
  clinicTimeZone: 'clinic-time-zone',
  region: 'region',
  emergencyNumber: 'emergency-number',
  hotlineUrl: 'hotline-url',
  headingLevel: 'heading-level',
  label: 'label',
} as const;
const ATTRIBUTES = {
  'haven-crisis-banner': { ...SHARED, variant: 'variant' },
  'haven-warning-signs': SHARED,
  'haven-recovery-guide': { ...SHARED, layout: 'layout', sections: 'sections' },
} as const;

const contact = 'haven-contact' as EventName<CustomEvent<HavenContactDetail>>;
const triageChange = 'haven-triage-change' as EventName<CustomEvent<TriageChangeDetail>>;

/**
 * What @lit/react is told the element's class is. For a prop named like one of the class's properties (`region`,
 * `variant`…) it would set the property after hydration and leave it out of the server's HTML, so a UK clinic's page
 * would first render the US numbers. A class with no properties of its own makes it hand every prop to React, which
 * writes attributes on the server and sets them in the browser. The real classes are registered by define.js above.
 */
const PLAIN = class {} as unknown as new () => HTMLElement;

/** A component for `tag`: settings renamed to their attributes, events listened to by @lit/react. */
function havenComponent<P extends HavenSettings>(
  tag: keyof typeof ATTRIBUTES,
  displayName: string,
  events: Record<string, EventName<Event>>,
): (props: P) => React.ReactElement {
  // Typed by the props above; createComponent's own prop types would be those of PLAIN.
  const Element: React.ElementType = createComponent({ react: React, tagName: tag, elementClass: PLAIN, events, displayName: `${displayName}Element` });
  const attributes = new Map<string, string>(Object.entries(ATTRIBUTES[tag]));
  const Component = (props: P) => {
    const forwarded: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(props)) {
      const attribute = attributes.get(name);
      if (!attribute) forwarded[name] = value;
      // An array of section ids is the space-separated list the attribute takes.
      else if (value !== undefined && value !== null) forwarded[attribute] = Array.isArray(value) ? value.join(' ') : value;
    }
    return React.createElement(Element, forwarded);
  };
  Component.displayName = displayName;
  return Component;
}

/** `<haven-crisis-banner>`: emergency, crisis and clinic contacts, always visible. */
export const HavenCrisisBanner = havenComponent<HavenCrisisBannerProps>('haven-crisis-banner', 'HavenCrisisBanner', {
  onContact: contact,
});

/** `<haven-warning-signs>`: the checklist; `onTriageChange` hears each change of its result. */
export const HavenWarningSigns = havenComponent<HavenWarningSignsProps>('haven-warning-signs', 'HavenWarningSigns', {
  onTriageChange: triageChange,
  onContact: contact,
});

/** `<haven-recovery-guide>`: the clinic's recovery guide. */
export const HavenRecoveryGuide = havenComponent<HavenRecoveryGuideProps>('haven-recovery-guide', 'HavenRecoveryGuide', {
  onContact: contact,
});

export type { BannerVariant, GuideLayout, HavenContactDetail, TriageChangeDetail };
