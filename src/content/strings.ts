/**
 * Interface text for every element, one dictionary per language. Clinical content (signs, guide sections) lives
 * beside its sources in signs.ts and guide.ts; contacts live in contacts.ts.
 */
import type { Lang } from './types.js';

export const STRINGS = {
  en: {
    // Contacts, shared by all three elements.
    call: (what: string) => `Call ${what}`,
    text: (what: string) => `Text ${what}`,
    textKeyword: (keyword: string, what: string) => `Text ${keyword} to ${what}`,
    chat: 'Chat online',
    chatWith: (name: string) => `with the ${name}`,
    opensNewTab: '(opens in a new tab)',
    always: 'Any time, day or night',
    supportLine: 'Support line, not a crisis line',
    localEmergency: 'your local emergency number',
    callLocalEmergency: 'Call your local emergency number',
    emergencyLead: 'If you are in danger or might not stay safe:',
    emergencyAction: 'or go to the nearest emergency room.',
    crisisLead: 'To talk with someone right now:',
    findHelpline: 'Find a helpline in your country',
    findHelplineLead: 'Outside the United States, a free directory lists local helplines.',
    yourClinic: 'Your clinic',
    clinicNoPhone: 'Call your doctor, nurse or midwife.',

    // Shown by any element that could not render its own content.
    fallbackLabel: 'Help right now',
    fallbackText:
      'This part of the page could not load. If you are in danger, call your local emergency number. ' +
      'In the United States, call 911, or call or text 988 to talk with someone now.',

    // <haven-crisis-banner>
    bannerHeading: 'Need help right now?',
    bannerMore: 'More ways to get help',
    bannerReassure: 'You are not alone. Reaching out is a brave thing to do.',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

export type Strings = (typeof STRINGS)['en'];

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
