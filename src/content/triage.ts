/**
 * Interface text for <haven-warning-signs>: headings, the group names, the calm prompt, and for each tier a visible
 * label ("Emergency:"), a one-line summary and why it matters. One dictionary per language, shaped like strings.ts,
 * so Spanish is one more key. The signs themselves live in signs.ts; numbers and their link text in contacts.ts and
 * strings.ts ("Call 911", "or go to the nearest emergency room."). Written for about a 6th-grade reading level.
 */
import type { SignGroup, Tier } from './signs.js';
import type { Lang } from './types.js';

export interface TierText {
  /** Visible label that says the tier in words, so colour is never the only signal. Ends with a colon. */
  label: string;
  /** The next step in one short sentence, read right after the label. */
  summary: string;
  /** Why this step: one or two short sentences. */
  why: string;
}

export const TRIAGE = {
  en: {
    heading: 'Warning signs after a miscarriage',
    intro: 'Check any signs you have right now. Your next step will show after the list.',
    note: 'This checklist does not replace advice from your doctor, nurse or midwife. If you are not sure, call them.',
    groups: { body: 'Your body', feelings: 'Your feelings' } satisfies Record<SignGroup, string>,
    clear: 'Clear',
    resultHeading: 'Your next step',
    // The bar that stays at the bottom of the screen while an emergency or crisis result is showing. Its button
    // moves focus to "Your next step".
    whatToDo: 'What to do',
    empty: 'Nothing is checked yet. If you notice any of these signs, check it, and your next step will show here.',
    because: 'You checked:',
    tiers: {
      emergency: {
        label: 'Emergency:',
        summary: 'Get help right now.',
        why: 'This can be serious. You need care right away, so do not wait to see if it gets better.',
      },
      crisis: {
        label: 'Urgent:',
        summary: 'Please talk to someone right now.',
        why: 'Many people have thoughts like these after a loss. You deserve support, and you do not have to wait.',
      },
      today: {
        label: 'Call today:',
        summary: 'Call your clinic today.',
        why: 'This needs a check from your doctor, nurse or midwife. It is not an emergency, but it should not wait.',
      },
      'follow-up': {
        label: 'Not urgent:',
        summary: 'Bring it up at your follow-up visit.',
        why: 'This is worth talking about, but it can wait. Write it down so you remember to ask.',
      },
      expected: {
        label: 'Common:',
        summary: 'This is common after a miscarriage.',
        why: 'Your body and your feelings need time to heal. Here is what can help:',
      },
    } satisfies Record<Tier, TierText>,
    // Emergency and crisis results.
    crisisLead: 'To talk with someone right now:',
    unsafeLead: 'If you might not stay safe:',
    // "Call today" result.
    todayNoPhone: 'Call your doctor, nurse or midwife today. If you cannot reach them, go to urgent care.',
    todayPhoneText: 'If you cannot reach them, go to urgent care.',
    worseLead: 'If things get worse before you can talk to someone:',
    // Follow-up and common results.
    followUpCall: 'Questions before then?',
    expectedWorse: 'If it gets worse, or you are worried, call your doctor, nurse or midwife.',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

export type TriageStrings = (typeof TRIAGE)['en'];

export function triageFor(lang: Lang): TriageStrings {
  return TRIAGE[lang];
}
