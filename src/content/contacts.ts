/**
 * The one source of truth for emergency numbers, crisis lines, nurse lines and support lines. The crisis banner,
 * the checklist's results and the guide all read from here.
 *
 * Each entry's `sources` are ids in docs/clinical-sources.md ("Phone lines"), which gives the public page each
 * number, its hours and its options come from. `reviewed` is the date the entry was compared with those pages, not
 * a check that the line answers: numbers, hours and menus must be re-checked on the live services before each
 * release (docs/clinical-sources.md, "Before each release"). Never add the retired 10-digit Lifeline number, the
 * retired "press 3" option or its PRIDE keyword.
 */
import type { DialPlan } from '../core/phone.js';
import { ownOnly, type Lang, type Localised, type Sourced, type TemperatureUnit } from './types.js';

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
  /**
   * A 24/7 nurse or health advice line, for signs that need care at any hour when the clinic has no after-hours
   * line (NHS 111, healthdirect, Healthline, 811). None in the US, where the clinic's on-call line or the
   * emergency room is the route.
   */
  advice?: ContactLine;
  /** Crisis lines: answer now, for someone who may not be safe. The first is the one offered as a single action. */
  crisis: readonly ContactLine[];
  /** Support lines: listening and advice, clearly not crisis lines. */
  support: readonly ContactLine[];
}

const REVIEWED = '2026-12-02';
const line = (entry: Omit<ContactLine, 'reviewed'>): ContactLine => ({ ...entry, reviewed: REVIEWED });
const region = (entry: Omit<RegionContacts, 'reviewed'>): RegionContacts => ({ ...entry, reviewed: REVIEWED });
const IN_ENGLISH = ' Atienden en inglés.';

// NHS 111 is both Britain's urgent-care advice line and, through its mental health option, a crisis route. It does
// not serve Northern Ireland, which has Lifeline instead.
const nhs111 = line({
  id: 'nhs-111',
  name: { en: 'NHS 111', es: 'NHS 111' },
  call: '111',
  always: true,
  note: {
    en: 'Urgent medical help in England, Scotland and Wales. For your mental health, choose the mental health option. Not in Northern Ireland.',
    es: `Ayuda médica urgente en Inglaterra, Escocia y Gales. Para su salud mental, elija la opción de salud mental. No funciona en Irlanda del Norte.${IN_ENGLISH}`,
  },
  sources: ['NHS-111'],
});

// National numbers keep their own form in links (tel:0800543354, not +64800543354): freephone numbers often
// cannot be dialled in international form, and the reader is in the country. So only the US and Canada (NANP) get
// international links, and only for numbers that work that way.
export const REGIONS: Readonly<Record<string, RegionContacts>> = {
  US: region({
    code: 'US',
    name: { en: 'the United States', es: 'Estados Unidos' },
    outside: { en: 'Outside the United States', es: 'Fuera de Estados Unidos' },
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'F',
    sources: ['US-911'],
    crisis: [
      line({
        id: '988',
        name: { en: '988 Suicide & Crisis Lifeline', es: '988 Línea de Prevención del Suicidio y Crisis' },
        call: '988',
        text: '988',
        textKeyword: { es: 'AYUDA' },
        chat: 'https://988lifeline.org/chat',
        always: true,
        note: {
          en: 'Free and private. For Spanish, press 2 or text AYUDA to 988. Veterans, press 1.',
          es: 'Gratis y privada. Para hablar en español, marque 2 o envíe AYUDA por mensaje de texto al 988. Si es veterano o veterana, marque 1.',
        },
        sources: ['988'],
      }),
      line({
        id: 'crisis-text-line',
        name: { en: 'Crisis Text Line', es: 'Crisis Text Line' },
        text: '741741',
        textKeyword: { en: 'HOME', es: 'AYUDA' },
        always: true,
        note: {
          en: 'Text HOME to 741741. For Spanish, text AYUDA.',
          es: 'Envíe AYUDA por mensaje de texto al 741741 para escribir en español.',
        },
        sources: ['CTL'],
      }),
    ],
    support: [
      line({
        id: 'maternal-mental-health-hotline',
        name: { en: 'National Maternal Mental Health Hotline', es: 'Línea Nacional de Salud Mental Materna' },
        call: '1-833-852-6262',
        text: '1-833-852-6262',
        vanity: '1-833-TLC-MAMA',
        always: true,
        note: {
          en: 'Call or text in English, Spanish and many other languages. Not a crisis line: in a crisis, call 988.',
          es: 'Llame o envíe un mensaje de texto en español, inglés y muchos otros idiomas. No es una línea de crisis: en una crisis, llame al 988.',
        },
        sources: ['NMMHH'],
      }),
      line({
        id: 'postpartum-support-international',
        name: { en: 'Postpartum Support International HelpLine', es: 'Postpartum Support International HelpLine' },
        call: '1-800-944-4773',
        text: '1-800-944-4773',
        textFor: { es: '971-203-7773' },
        always: false,
        note: {
          en: 'Support after pregnancy loss, with a call back. For Spanish, press 1. Not open all hours.',
          es: 'Apoyo después de una pérdida del embarazo; le devuelven la llamada. Para español, marque 1. No atiende a todas horas.',
        },
        sources: ['PSI'],
      }),
    ],
  }),
  CA: region({
    code: 'CA',
    name: { en: 'Canada', es: 'Canadá' },
    outside: { en: 'Outside Canada', es: 'Fuera de Canadá' },
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'C',
    sources: ['CA-911'],
    advice: line({
      id: '811',
      name: { en: '811 health advice', es: '811, consejos de salud' },
      call: '811',
      always: true,
      note: {
        en: 'Talk with a nurse in most provinces and territories.',
        es: 'Hable con una enfermera en la mayoría de las provincias y territorios. Atienden en inglés o francés.',
      },
      sources: ['CA-811'],
    }),
    crisis: [
      line({
        id: '988-canada',
        name: { en: '9-8-8 Suicide Crisis Helpline', es: '9-8-8 Suicide Crisis Helpline' },
        call: '988',
        text: '988',
        always: true,
        note: { en: 'In English or French.', es: 'En inglés o francés.' },
        sources: ['CA-988'],
      }),
    ],
    support: [],
  }),
  GB: region({
    code: 'GB',
    name: { en: 'the UK', es: 'el Reino Unido' },
    outside: { en: 'Outside the UK', es: 'Fuera del Reino Unido' },
    emergency: '999',
    hospital: { en: 'A&E' },
    dialPlan: { callingCode: '44' },
    temperature: 'C',
    sources: ['GB-999'],
    advice: nhs111,
    crisis: [
      line({
        id: 'samaritans',
        name: { en: 'Samaritans', es: 'Samaritans' },
        call: '116 123',
        always: true,
        note: { en: 'Free to call.', es: `Llamada gratis.${IN_ENGLISH}` },
        sources: ['SAMARITANS'],
      }),
      line({
        id: 'shout',
        name: { en: 'Shout', es: 'Shout' },
        text: '85258',
        textKeyword: { en: 'SHOUT', es: 'SHOUT' },
        always: true,
        note: { en: 'Free, by text message.', es: `Gratis, por mensaje de texto.${IN_ENGLISH}` },
        sources: ['SHOUT'],
      }),
      nhs111,
      line({
        id: 'lifeline-ni',
        name: { en: 'Lifeline (Northern Ireland)', es: 'Lifeline (Irlanda del Norte)' },
        call: '0808 808 8000',
        always: true,
        note: {
          en: 'Free crisis help for anyone in Northern Ireland.',
          es: `Ayuda gratis en una crisis para cualquier persona en Irlanda del Norte.${IN_ENGLISH}`,
        },
        sources: ['LIFELINE-NI'],
      }),
    ],
    support: [
      line({
        id: 'miscarriage-association',
        name: { en: 'The Miscarriage Association', es: 'The Miscarriage Association' },
        call: '01924 200799',
        always: false,
        note: {
          en: 'Support after miscarriage, for you and your partner. Monday, Tuesday and Thursday 9am to 4pm; Wednesday and Friday 9am to 8pm (UK time).',
          es: `Apoyo después de una pérdida del embarazo, para usted y su pareja. Lunes, martes y jueves de 9 a. m. a 4 p. m.; miércoles y viernes de 9 a. m. a 8 p. m. (hora del Reino Unido).${IN_ENGLISH}`,
        },
        sources: ['MA'],
      }),
    ],
  }),
  IE: region({
    code: 'IE',
    name: { en: 'Ireland', es: 'Irlanda' },
    outside: { en: 'Outside Ireland', es: 'Fuera de Irlanda' },
    // 999 works too; 112 is the number that works across Europe.
    emergency: '112',
    hospital: { en: 'emergency department (A&E)' },
    dialPlan: { callingCode: '353' },
    temperature: 'C',
    sources: ['IE-112'],
    crisis: [
      line({
        id: 'samaritans-ie',
        name: { en: 'Samaritans', es: 'Samaritans' },
        call: '116 123',
        always: true,
        note: { en: 'Free to call.', es: `Llamada gratis.${IN_ENGLISH}` },
        sources: ['SAMARITANS'],
      }),
      line({
        id: 'pieta',
        name: { en: 'Pieta', es: 'Pieta' },
        call: '1800 247 247',
        text: '51444',
        textKeyword: { en: 'HELP', es: 'HELP' },
        always: true,
        note: {
          en: 'Free help if you are thinking about suicide or self-harm.',
          es: `Ayuda gratis si piensa en el suicidio o en hacerse daño.${IN_ENGLISH}`,
        },
        sources: ['PIETA'],
      }),
      line({
        id: '50808',
        name: { en: '50808 text line', es: 'Línea de texto 50808' },
        text: '50808',
        textKeyword: { en: 'TALK', es: 'TALK' },
        always: true,
        note: { en: 'Free, by text message.', es: `Gratis, por mensaje de texto.${IN_ENGLISH}` },
        sources: ['50808'],
      }),
    ],
    support: [],
  }),
  AU: region({
    code: 'AU',
    name: { en: 'Australia', es: 'Australia' },
    outside: { en: 'Outside Australia', es: 'Fuera de Australia' },
    emergency: '000',
    hospital: { en: 'emergency department' },
    dialPlan: { callingCode: '61' },
    temperature: 'C',
    sources: ['AU-000'],
    // Healthdirect (1800 022 222) became 1800MEDICARE on 1 January 2026.
    advice: line({
      id: '1800medicare',
      name: { en: '1800MEDICARE', es: '1800MEDICARE' },
      call: '1800 633 422',
      vanity: '1800MEDICARE',
      always: true,
      note: {
        en: 'Free health advice from a nurse, and a doctor by phone or video after hours.',
        es: `Consejos de salud gratis de una enfermera, y un médico por teléfono o video fuera del horario de atención.${IN_ENGLISH}`,
      },
      sources: ['AU-1800MEDICARE'],
    }),
    crisis: [
      line({
        id: 'lifeline-au',
        name: { en: 'Lifeline', es: 'Lifeline' },
        call: '13 11 14',
        text: '0477 13 11 14',
        always: true,
        note: { en: 'Call or text.', es: `Llame o envíe un mensaje de texto.${IN_ENGLISH}` },
        sources: ['LIFELINE-AU'],
      }),
    ],
    support: [
      line({
        id: 'panda',
        name: { en: 'PANDA National Helpline', es: 'PANDA National Helpline' },
        call: '1300 726 306',
        always: false,
        note: {
          en: 'Support for feelings during and after pregnancy, including loss, for you and your partner. Monday to Friday 9am to 7:30pm, Saturday 9am to 4pm (Eastern time).',
          es: `Apoyo emocional durante y después del embarazo, también tras una pérdida, para usted y su pareja. De lunes a viernes de 9 a. m. a 7:30 p. m., y los sábados de 9 a. m. a 4 p. m. (hora del este de Australia).${IN_ENGLISH}`,
        },
        sources: ['PANDA'],
      }),
    ],
  }),
  NZ: region({
    code: 'NZ',
    name: { en: 'New Zealand', es: 'Nueva Zelanda' },
    outside: { en: 'Outside New Zealand', es: 'Fuera de Nueva Zelanda' },
    emergency: '111',
    hospital: { en: 'emergency department' },
    dialPlan: { callingCode: '64' },
    temperature: 'C',
    sources: ['NZ-111'],
    advice: line({
      id: 'healthline',
      name: { en: 'Healthline', es: 'Healthline' },
      call: '0800 611 116',
      always: true,
      note: {
        en: 'Free health advice from a nurse.',
        es: `Consejos de salud gratis de una enfermera.${IN_ENGLISH}`,
      },
      sources: ['HEALTHLINE'],
    }),
    crisis: [
      line({
        id: '1737',
        name: { en: 'Need to Talk? 1737', es: 'Need to Talk? 1737' },
        call: '1737',
        text: '1737',
        always: true,
        note: {
          en: 'Free. Call or text to talk with a trained counsellor.',
          es: `Gratis. Llame o envíe un mensaje de texto para hablar con un consejero.${IN_ENGLISH}`,
        },
        sources: ['1737'],
      }),
      line({
        id: 'lifeline-nz',
        name: { en: 'Lifeline Aotearoa', es: 'Lifeline Aotearoa' },
        call: '0800 543 354',
        text: '4357',
        textKeyword: { en: 'HELP', es: 'HELP' },
        always: true,
        note: { en: 'Free to call or text.', es: `Llamada o mensaje de texto gratis.${IN_ENGLISH}` },
        sources: ['LIFELINE-NZ'],
      }),
    ],
    support: [],
  }),
};

// Northern Ireland (ISO 3166-2 GB-NIR): the UK's numbers without NHS 111, which does not serve it, and with
// Lifeline, its own 24/7 crisis line, first. Out of hours, its GP services have a number per area, so signs that
// need care at any hour go to the emergency department unless the clinic gives an after-hours line.
const gb = REGIONS.GB;
const northernIreland = region({
  ...gb,
  code: 'GB-NIR',
  name: { en: 'Northern Ireland', es: 'Irlanda del Norte' },
  outside: { en: 'Outside Northern Ireland', es: 'Fuera de Irlanda del Norte' },
  advice: undefined,
  crisis: [
    ...gb.crisis.filter((entry) => entry.id === 'lifeline-ni'),
    ...gb.crisis.filter((entry) => entry.id !== 'lifeline-ni' && entry.id !== nhs111.id),
  ],
});
(REGIONS as Record<string, RegionContacts>)['GB-NIR'] = northernIreland;
ownOnly(REGIONS);

/** Default directory of helplines for readers outside the regions Haven knows. */
export const HOTLINE_DIRECTORY = 'https://findahelpline.com/';

export function regionContacts(code: string): RegionContacts | undefined {
  return Object.prototype.hasOwnProperty.call(REGIONS, code) ? REGIONS[code] : undefined;
}
