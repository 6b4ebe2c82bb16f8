/**
 * The one source of truth for emergency numbers, crisis lines and support lines. The crisis banner, the
 * checklist's emergency and crisis results, and the guide's crisis section all read from here.
 *
 * Every entry comes from ../shared/clinical-facts.md ("Crisis / support lines"). That file asks for numbers and
 * hours to be re-checked on the live services before each release; `reviewed` records when an entry was last
 * compared with it. Never add the retired 10-digit Lifeline number or the retired "press 3" option.
 */
import type { DialPlan } from '../core/phone.js';
import type { Localised, Sourced } from './types.js';

export type ContactMethod = 'call' | 'text' | 'chat';

export interface ContactLine extends Sourced {
  /** Stable id, e.g. `988`; used in tests and in host events. */
  id: string;
  /** Proper name of the service. */
  name: Localised;
  /** Number to call, as the service writes it. */
  call?: string;
  /** Number to text, when different from `call` or when only texting works. */
  text?: string;
  /** Keyword to send by text, e.g. `HOME`. */
  textKeyword?: string;
  /** Web chat address. */
  chat?: string;
  /** Memorable letters some services advertise, e.g. `1-833-TLC-MAMA`. */
  vanity?: string;
  /** `true` when the line answers around the clock. */
  always: boolean;
  /** A short note: languages, options, hours. */
  note?: Localised;
}

export interface RegionContacts extends Sourced {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Name of the country, for sentences such as "outside the United States". */
  name: Localised;
  /** The number for police, fire and ambulance. */
  emergency: string;
  dialPlan: DialPlan;
  /** Temperature unit patients there use. */
  temperature: 'F' | 'C';
  /** Crisis lines: answer now, for someone who may not be safe. */
  crisis: readonly ContactLine[];
  /** Support lines: listening and advice, clearly not crisis lines. */
  support: readonly ContactLine[];
}

const FACTS = 'clinical-facts.md: Crisis / support lines';
const REVIEWED = '2026-11-28';

export const REGIONS: Readonly<Record<string, RegionContacts>> = {
  US: {
    code: 'US',
    name: { en: 'the United States' },
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'F',
    sources: [FACTS],
    reviewed: REVIEWED,
    crisis: [
      {
        id: '988',
        name: { en: '988 Suicide & Crisis Lifeline' },
        call: '988',
        text: '988',
        chat: 'https://988lifeline.org/chat',
        always: true,
        note: { en: 'Free and private. For Spanish, press 2 or text AYUDA to 988. Veterans, press 1.' },
        sources: [FACTS],
        reviewed: REVIEWED,
      },
      {
        id: 'crisis-text-line',
        name: { en: 'Crisis Text Line' },
        text: '741741',
        textKeyword: 'HOME',
        always: true,
        note: { en: 'Text HOME to 741741. For Spanish, text AYUDA.' },
        sources: [FACTS],
        reviewed: REVIEWED,
      },
    ],
    support: [
      {
        id: 'maternal-mental-health-hotline',
        name: { en: 'National Maternal Mental Health Hotline' },
        call: '1-833-852-6262',
        text: '1-833-852-6262',
        vanity: '1-833-TLC-MAMA',
        always: true,
        note: { en: 'Call or text in English, Spanish and many other languages.' },
        sources: [FACTS],
        reviewed: REVIEWED,
      },
      {
        id: 'postpartum-support-international',
        name: { en: 'Postpartum Support International HelpLine' },
        call: '1-800-944-4773',
        text: '1-800-944-4773',
        always: false,
        note: { en: 'Support after pregnancy loss, with a call back. Not open all hours, and not a crisis line.' },
        sources: [FACTS],
        reviewed: REVIEWED,
      },
    ],
  },
};

/** Default directory of helplines for readers outside the regions Haven knows. */
export const HOTLINE_DIRECTORY = 'https://findahelpline.com/';

export function regionContacts(code: string): RegionContacts | undefined {
  return Object.prototype.hasOwnProperty.call(REGIONS, code) ? REGIONS[code] : undefined;
}
