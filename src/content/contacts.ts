/**
 * The one source of truth for emergency numbers, crisis lines and support lines. The crisis banner, the
 * checklist's emergency and crisis results, and the guide's crisis section all read from here.
 *
 * Every entry comes from ../shared/clinical-facts.md ("Crisis / support lines"). That file asks for numbers and
 * hours to be re-checked on the live services before each release; `reviewed` records when an entry was last
 * compared with it. Never add the retired 10-digit Lifeline number or the retired "press 3" option.
 */
import type { DialPlan } from '../core/phone.js';
import type { Lang, Localised, Sourced, TemperatureUnit } from './types.js';

export interface ContactLine extends Sourced {
  /** Stable id, e.g. `988`; used in tests and in host events. */
  id: string;
  /** Proper name of the service, in the reader's language where the service has one. */
  name: Localised;
  /** Number to call, as the service writes it. */
  call?: string;
  /** Number to text, when different from `call` or when only texting works. */
  text?: string;
  /** A different number to text in some languages, e.g. a line's Spanish text number. */
  textFor?: Partial<Record<Lang, string>>;
  /** Keyword to send by text, per language, e.g. `HOME` in English and `AYUDA` for Spanish. */
  textKeyword?: Partial<Record<Lang, string>>;
  /** Web chat address. */
  chat?: string;
  /** Memorable letters some services advertise, e.g. `1-833-TLC-MAMA`. */
  vanity?: string;
  /** `true` when the line answers around the clock; shown as "Any time, day or night". */
  always: boolean;
  /** A short note: cost, languages, options, hours. */
  note?: Localised;
}

export interface RegionContacts extends Sourced {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** Name of the country. */
  name: Localised;
  /** "Outside the United States", for the line that leads to the helpline directory. */
  outside: Localised;
  /** The number for police, fire and ambulance. */
  emergency: string;
  /** Where to go in an emergency, in the words used there, where they differ from "emergency room". */
  hospital?: Partial<Record<Lang, string>>;
  dialPlan: DialPlan;
  /** Temperature unit patients there use. */
  temperature: TemperatureUnit;
  /** Crisis lines: answer now, for someone who may not be safe. The first is the one offered as a single action. */
  crisis: readonly ContactLine[];
  /** Support lines: listening and advice, clearly not crisis lines. */
  support: readonly ContactLine[];
}

const FACTS = 'clinical-facts.md: Crisis / support lines';
const REVIEWED = '2026-11-28';
const sourced = { sources: [FACTS], reviewed: REVIEWED } as const;
// clinical-facts.md gives these lines' numbers but not their hours; "24/7" comes from each service's own published
// description and must be re-checked with the numbers before each release.
const HOURS = 'service’s own description: open 24/7';
const sourcedHours = { sources: [FACTS, HOURS], reviewed: REVIEWED } as const;

// National numbers keep their own form in links (tel:0800543354, not +64800543354): freephone numbers often
// cannot be dialled in international form, and the reader is in the country. So only the US and Canada (NANP) get
// international links, and only for numbers that work that way.
export const REGIONS: Readonly<Record<string, RegionContacts>> = {
  US: {
    code: 'US',
    name: { en: 'the United States', es: 'Estados Unidos' },
    outside: { en: 'Outside the United States', es: 'Fuera de Estados Unidos' },
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'F',
    ...sourced,
    crisis: [
      {
        id: '988',
        name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
        call: '988',
        text: '988',
        textKeyword: { es: 'AYUDA' },
        chat: 'https://988lifeline.org/chat',
        always: true,
        note: {
          en: 'Free and private. For Spanish, press 2 or text AYUDA to 988. Veterans, press 1.',
          es: 'Gratis y privada. Para hablar en español, marque 2 o envíe AYUDA al 988. Si es veterano o veterana, marque 1.',
        },
        ...sourced,
      },
      {
        id: 'crisis-text-line',
        name: { en: 'Crisis Text Line', es: 'Crisis Text Line' },
        text: '741741',
        textKeyword: { en: 'HOME', es: 'AYUDA' },
        always: true,
        note: {
          en: 'Text HOME to 741741. For Spanish, text AYUDA.',
          es: 'Envíe AYUDA al 741741 para escribir en español.',
        },
        ...sourced,
      },
    ],
    support: [
      {
        id: 'maternal-mental-health-hotline',
        name: { en: 'National Maternal Mental Health Hotline', es: 'Línea Nacional de Salud Mental Materna' },
        call: '1-833-852-6262',
        text: '1-833-852-6262',
        vanity: '1-833-TLC-MAMA',
        always: true,
        note: {
          en: 'Call or text in English, Spanish and many other languages.',
          es: 'Llame o envíe un texto en español, inglés y muchos otros idiomas.',
        },
        ...sourced,
      },
      {
        id: 'postpartum-support-international',
        name: { en: 'Postpartum Support International HelpLine', es: 'Postpartum Support International HelpLine' },
        call: '1-800-944-4773',
        text: '1-800-944-4773',
        textFor: { es: '971-203-7773' },
        always: false,
        note: {
          en: 'Support after pregnancy loss, with a call back. For Spanish, press 1. Not open all hours, and not a crisis line.',
          es: 'Apoyo después de una pérdida del embarazo; le devuelven la llamada. Para español, marque 1. No abre a todas horas y no es una línea de crisis.',
        },
        ...sourced,
      },
    ],
  },
  CA: {
    code: 'CA',
    name: { en: 'Canada', es: 'Canadá' },
    outside: { en: 'Outside Canada', es: 'Fuera de Canadá' },
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'C',
    ...sourced,
    crisis: [
      {
        id: '988-canada',
        name: { en: '9-8-8 Suicide Crisis Helpline', es: '9-8-8 Suicide Crisis Helpline' },
        call: '988',
        text: '988',
        always: true,
        note: { en: 'In English or French.', es: 'En inglés o francés.' },
        ...sourced,
      },
    ],
    support: [],
  },
  GB: {
    code: 'GB',
    name: { en: 'the UK', es: 'el Reino Unido' },
    outside: { en: 'Outside the UK', es: 'Fuera del Reino Unido' },
    emergency: '999',
    hospital: { en: 'A&E' },
    dialPlan: { callingCode: '44' },
    temperature: 'C',
    ...sourced,
    crisis: [
      {
        id: 'samaritans',
        name: { en: 'Samaritans', es: 'Samaritans' },
        call: '116 123',
        always: true,
        note: { en: 'Free to call.', es: 'Llamada gratis. Atienden en inglés.' },
        ...sourced,
      },
      {
        id: 'shout',
        name: { en: 'Shout', es: 'Shout' },
        text: '85258',
        textKeyword: { en: 'SHOUT', es: 'SHOUT' },
        always: true,
        note: { en: 'Free, by text message.', es: 'Gratis, por mensaje de texto. Atienden en inglés.' },
        ...sourcedHours,
      },
      {
        id: 'nhs-111',
        name: { en: 'NHS 111', es: 'NHS 111' },
        call: '111',
        always: true,
        note: {
          en: 'Urgent medical help. In England, choose option 2 for mental health.',
          es: 'Ayuda médica urgente. En Inglaterra, marque la opción 2 para salud mental.',
        },
        ...sourced,
      },
    ],
    support: [
      {
        id: 'miscarriage-association',
        name: { en: 'The Miscarriage Association', es: 'The Miscarriage Association' },
        call: '01924 200799',
        always: false,
        note: {
          en: 'Support after miscarriage. Monday to Friday, 9am to 4pm.',
          es: 'Apoyo después de una pérdida del embarazo. De lunes a viernes, de 9 a. m. a 4 p. m. Atienden en inglés.',
        },
        ...sourced,
      },
    ],
  },
  IE: {
    code: 'IE',
    name: { en: 'Ireland', es: 'Irlanda' },
    outside: { en: 'Outside Ireland', es: 'Fuera de Irlanda' },
    // 999 works too; 112 is the number that works across Europe.
    emergency: '112',
    hospital: { en: 'emergency department (A&E)' },
    dialPlan: { callingCode: '353' },
    temperature: 'C',
    ...sourced,
    crisis: [
      {
        id: 'samaritans-ie',
        name: { en: 'Samaritans', es: 'Samaritans' },
        call: '116 123',
        always: true,
        note: { en: 'Free to call.', es: 'Llamada gratis. Atienden en inglés.' },
        ...sourced,
      },
      {
        id: 'pieta',
        name: { en: 'Pieta', es: 'Pieta' },
        call: '1800 247 247',
        always: true,
        note: { en: 'Free help if you are thinking about suicide or self-harm.', es: 'Ayuda gratis si piensa en el suicidio o en hacerse daño. Atienden en inglés.' },
        ...sourcedHours,
      },
      {
        id: '50808',
        name: { en: '50808 text line', es: 'Línea de texto 50808' },
        text: '50808',
        textKeyword: { en: 'TALK', es: 'TALK' },
        always: true,
        note: { en: 'Free, by text message.', es: 'Gratis, por mensaje de texto. Atienden en inglés.' },
        ...sourcedHours,
      },
    ],
    support: [],
  },
  AU: {
    code: 'AU',
    name: { en: 'Australia', es: 'Australia' },
    outside: { en: 'Outside Australia', es: 'Fuera de Australia' },
    emergency: '000',
    hospital: { en: 'emergency department' },
    dialPlan: { callingCode: '61' },
    temperature: 'C',
    ...sourced,
    crisis: [
      {
        id: 'lifeline-au',
        name: { en: 'Lifeline', es: 'Lifeline' },
        call: '13 11 14',
        text: '0477 13 11 14',
        always: true,
        note: { en: 'Call or text.', es: 'Llame o envíe un texto. Atienden en inglés.' },
        ...sourcedHours,
      },
    ],
    support: [
      {
        id: 'panda',
        name: { en: 'PANDA National Helpline', es: 'PANDA National Helpline' },
        call: '1300 726 306',
        always: false,
        note: {
          en: 'Support for feelings during and after pregnancy, including loss. Open weekdays and Saturdays.',
          es: 'Apoyo emocional durante y después del embarazo, también tras una pérdida. Abre entre semana y los sábados. Atienden en inglés.',
        },
        ...sourced,
      },
    ],
  },
  NZ: {
    code: 'NZ',
    name: { en: 'New Zealand', es: 'Nueva Zelanda' },
    outside: { en: 'Outside New Zealand', es: 'Fuera de Nueva Zelanda' },
    emergency: '111',
    hospital: { en: 'emergency department' },
    dialPlan: { callingCode: '64' },
    temperature: 'C',
    ...sourced,
    crisis: [
      {
        id: '1737',
        name: { en: 'Need to Talk? 1737', es: 'Need to Talk? 1737' },
        call: '1737',
        text: '1737',
        always: true,
        note: { en: 'Free. Call or text to talk with a trained counsellor.', es: 'Gratis. Llame o envíe un texto para hablar con un consejero. Atienden en inglés.' },
        ...sourced,
      },
      {
        id: 'lifeline-nz',
        name: { en: 'Lifeline Aotearoa', es: 'Lifeline Aotearoa' },
        call: '0800 543 354',
        always: true,
        note: { en: 'Free to call.', es: 'Llamada gratis. Atienden en inglés.' },
        ...sourcedHours,
      },
    ],
    support: [],
  },
};

/** Default directory of helplines for readers outside the regions Haven knows. */
export const HOTLINE_DIRECTORY = 'https://findahelpline.com/';

export function regionContacts(code: string): RegionContacts | undefined {
  return Object.prototype.hasOwnProperty.call(REGIONS, code) ? REGIONS[code] : undefined;
}
