/**
 * Interface text for every element, one dictionary per language. Clinical content (signs, guide sections) lives
 * beside its sources in signs.ts and guide.ts; contacts live in contacts.ts.
 *
 * `Strings` is the shape of the English dictionary, so a language that misses a key, or gives a function other
 * parameters, does not compile (tests/i18n-content.test.ts checks the same at run time). Spanish speaks to the
 * reader as "usted", and link text starts with what the link does ("Llame al 988").
 */
import { ownOnly, type Lang } from './types.js';

const en = {
  // Contacts, shared by all three elements.
  call: (what: string) => `Call ${what}`,
  text: (what: string) => `Text ${what}`,
  textKeyword: (keyword: string, what: string) => `Text ${keyword} to ${what}`,
  chat: 'Chat online',
  chatWith: (name: string) => `with the ${name}`,
  opensNewTab: '(opens in a new tab)',
  always: 'Any time, day or night',
  supportLine: 'Support line, not a crisis line',
  callLocalEmergency: 'Call your local emergency number',
  emergencyLead: 'If you are in danger or might not stay safe:',
  emergencyRoom: 'emergency room',
  emergencyAction: (place: string) => `or go to the nearest ${place}.`,
  /** "Go to the nearest emergency room.", in the region's words. */
  goToNearest: (place: string) => `Go to the nearest ${place}.`,
  crisisLead: 'To talk with someone right now:',
  findHelpline: 'Find a helpline in your country',
  /** `outside` is the region's "Outside the United States" (contacts.ts). */
  findHelplineLead: (outside: string) => `${outside}, a free directory lists local helplines.`,
  /** "Outside the United States?", before the guide's helpline directory. */
  outsideQuestion: (outside: string) => `${outside}?`,
  yourClinic: 'Your clinic',
  clinicNoPhone: 'Call your doctor, nurse or midwife.',
  afterHours: 'After hours and weekends:',

  // Care right away, at any hour (the checklist's "Get care now" result and the guide's warning signs), in the order
  // a patient can act on at any time of day (core/contact-templates.ts careNow).
  nowAfterHours: 'Call your clinic’s after-hours line now:',
  nowClinicOpen: 'If your clinic is open, call it now:',
  nowClinicClosed: 'If it is closed or does not answer, call a nurse, any time of day or night:',
  nowNurseLine: 'Call a nurse now, any time of day or night:',
  nowNoPhone: 'Call your doctor, nurse or midwife now.',
  nowEmergency: 'If no one answers, or you feel worse:',
  nowClosedEmergency: 'If it is closed or does not answer, or you feel worse:',
  nowUnreachable: 'If you cannot reach them now, or you feel worse:',

  // Shown by any element that could not render its own content.
  fallbackLabel: 'Help right now',
  fallbackText: 'This part of the page could not load. If you are in danger, call your local emergency number.',
  // Added only where the region is the US, or unknown because the failure came before it was read.
  fallbackUs: 'In the United States, call 911, or call or text 988 to talk with someone now.',

  // <haven-crisis-banner>
  bannerHeading: 'Need help right now?',
  bannerMore: 'More ways to get help',
  bannerReassure: 'You are not alone. Reaching out is a brave thing to do.',
};

export type Strings = typeof en;

const es: Strings = {
  call: (what: string) => `Llame al ${what}`,
  text: (what: string) => `Envíe un mensaje de texto al ${what}`,
  textKeyword: (keyword: string, what: string) => `Envíe ${keyword} por mensaje de texto al ${what}`,
  chat: 'Chat en línea',
  chatWith: (name: string) => `con ${name}`,
  opensNewTab: '(se abre en una pestaña nueva)',
  always: 'A cualquier hora, de día o de noche',
  supportLine: 'Línea de apoyo, no es una línea de crisis',
  // Read after "Llame al", so it has no article of its own.
  callLocalEmergency: 'Llame al número de emergencias de su zona',
  emergencyLead: 'Si está en peligro o siente que no puede estar a salvo:',
  emergencyRoom: 'sala de emergencias',
  emergencyAction: (place: string) => `o vaya a la ${place} más cercana.`,
  goToNearest: (place: string) => `Vaya a la ${place} más cercana.`,
  crisisLead: 'Para hablar con alguien ahora mismo:',
  findHelpline: 'Busque una línea de ayuda en su país',
  findHelplineLead: (outside: string) => `${outside}, hay un directorio gratuito de líneas de ayuda locales.`,
  outsideQuestion: (outside: string) => `¿${outside}?`,
  yourClinic: 'Su clínica',
  clinicNoPhone: 'Llame a su médico, enfermera o partera.',
  afterHours: 'Fuera del horario de atención y fines de semana:',

  nowAfterHours: 'Llame ahora a la línea de su clínica para fuera del horario de atención:',
  nowClinicOpen: 'Si su clínica está abierta, llame ahora:',
  nowClinicClosed: 'Si está cerrada o no contestan, llame a una enfermera, a cualquier hora del día o de la noche:',
  nowNurseLine: 'Llame ahora a una enfermera, a cualquier hora del día o de la noche:',
  nowNoPhone: 'Llame ahora a su médico, enfermera o partera.',
  nowEmergency: 'Si nadie contesta, o se siente peor:',
  nowClosedEmergency: 'Si está cerrada o no contestan, o se siente peor:',
  nowUnreachable: 'Si no logra hablar con ellos ahora, o se siente peor:',

  fallbackLabel: 'Ayuda ahora mismo',
  fallbackText: 'Esta parte de la página no se pudo cargar. Si está en peligro, llame al número de emergencias de su zona.',
  fallbackUs: 'En Estados Unidos, llame al 911, o llame o envíe un mensaje de texto al 988 para hablar con alguien ahora.',

  bannerHeading: '¿Necesita ayuda ahora mismo?',
  bannerMore: 'Más maneras de recibir ayuda',
  bannerReassure: 'No tiene que pasar por esto a solas. Pedir ayuda es un acto de valentía.',
};

export const STRINGS: Readonly<Record<Lang, Strings>> = ownOnly({ en, es });

export function stringsFor(lang: Lang): Strings {
  return STRINGS[lang];
}
