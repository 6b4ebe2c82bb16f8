/**
 * Interface text for <haven-warning-signs>: headings, the group names, the calm prompt, and for each tier a visible
 * label ("Emergency:"), a one-line summary and why it matters. One dictionary per language, as in strings.ts; each
 * has the shape of the English one (`TriageStrings`), checked by the compiler and by tests/i18n-content.test.ts.
 * The signs themselves live in signs.ts; numbers and their link text in contacts.ts and strings.ts ("Call 911",
 * "or go to the nearest emergency room."). Written for about a 6th-grade reading level.
 */
import type { SignGroup, Tier } from './signs.js';
import { ownOnly, type Lang } from './types.js';

export interface TierText {
  /** Visible label that says the tier in words, so colour is never the only signal. Ends with a colon. */
  label: string;
  /** The next step in one short sentence, read right after the label. */
  summary: string;
  /** Why this step: one or two short sentences. */
  why: string;
}

const en = {
  heading: 'Warning signs after a miscarriage',
  intro: 'Check any signs you have right now. Your next step will show after the list.',
  note: 'This checklist does not replace advice from your doctor, nurse or midwife. If you are not sure, call them.',
  groups: { body: 'Your body', feelings: 'Your feelings' } satisfies Record<SignGroup, string>,
  clear: 'Clear',
  resultHeading: 'Your next step',
  // The bar that stays at the bottom of the screen while an urgent result is showing. Its button moves focus to
  // "Your next step".
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
      why: 'You are not alone in feeling this way. You deserve support, and you do not have to wait.',
    },
    now: {
      label: 'Get care now:',
      summary: 'Get medical care right away, at any hour.',
      why: 'This can be a sign of an infection or of bleeding that needs care. Do not wait for your next visit or for the morning.',
    },
    today: {
      label: 'Call today:',
      summary: 'Call your clinic today.',
      why: 'This needs a check from your doctor, nurse or midwife. Please do not wait.',
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
  unsafeLead: 'If you might not stay safe:',
  // Emergency result for a body sign: someone else drives.
  noDriving: 'Do not drive yourself. Ask someone to take you, or call for an ambulance.',
  // Emergency or crisis result for a feelings sign.
  stayWithYou: 'If you can, ask someone to stay with you now.',
  // A "get care now" sign checked alongside a crisis.
  nowAlso: 'You also checked a sign that needs medical care right away.',
  todayAlso: 'You also checked a sign to call your clinic about today.',
  // "Call today" result.
  todayNoPhone: 'Call your doctor, nurse or midwife today.',
  /** Before the region's way to get care the same day ("go to urgent care", a nurse line). */
  todayUnreachable: 'If you cannot reach them today:',
  /** Where Haven knows no nurse line or same-day care for the region. */
  todayElsewhere: 'see another doctor or a clinic near you.',
  worseLead: 'If things get worse before you can talk to someone:',
  // A feelings sign that can wait a day still gets a crisis line, in case it gets heavier.
  feelingsLead: 'If it gets too heavy to carry, or you have thoughts of hurting yourself, talk to someone now:',
  // Follow-up and common results.
  followUpCall: 'Questions before then?',
  expectedWorse: 'If it gets worse, or you are worried, call your doctor, nurse or midwife.',
};

export type TriageStrings = typeof en;

const es: TriageStrings = {
  heading: 'Señales de alarma después de una pérdida del embarazo',
  intro: 'Marque las señales que tenga ahora. Su próximo paso aparecerá después de la lista.',
  note: 'Esta lista no reemplaza los consejos de su médico, enfermera o partera. Si tiene dudas, llámelos.',
  groups: { body: 'Su cuerpo', feelings: 'Sus sentimientos' },
  clear: 'Desmarcar todo',
  resultHeading: 'Su próximo paso',
  whatToDo: 'Qué hacer',
  empty: 'Todavía no hay nada marcado. Si nota alguna de estas señales, márquela y su próximo paso aparecerá aquí.',
  because: 'Usted marcó:',
  tiers: {
    emergency: {
      label: 'Emergencia:',
      summary: 'Busque ayuda ahora mismo.',
      why: 'Esto puede ser grave. Necesita atención enseguida, así que no espere a ver si mejora.',
    },
    crisis: {
      label: 'Urgente:',
      summary: 'Por favor, hable con alguien ahora mismo.',
      why: 'No es la única persona que se siente así. Usted merece apoyo y no tiene que esperar.',
    },
    now: {
      label: 'Atención ahora:',
      summary: 'Busque atención médica enseguida, a cualquier hora.',
      why: 'Esto puede ser una señal de infección o de un sangrado que necesita atención. No espere a su próxima cita ni a la mañana.',
    },
    today: {
      label: 'Llame hoy:',
      summary: 'Llame hoy a su clínica.',
      why: 'Su médico, enfermera o partera debe revisar esto. Por favor, no espere.',
    },
    'follow-up': {
      label: 'No es urgente:',
      summary: 'Hable de esto en su cita de seguimiento.',
      why: 'Vale la pena hablar de esto, pero puede esperar. Escríbalo para acordarse de preguntar.',
    },
    expected: {
      label: 'Común:',
      summary: 'Esto es común después de una pérdida del embarazo.',
      why: 'Su cuerpo y sus sentimientos necesitan tiempo para sanar. Esto puede ayudar:',
    },
  },
  unsafeLead: 'Si siente que no puede estar a salvo:',
  noDriving: 'No maneje usted. Pídale a alguien que le lleve, o llame a una ambulancia.',
  stayWithYou: 'Si puede, pídale a alguien que se quede con usted ahora.',
  nowAlso: 'También marcó una señal que necesita atención médica enseguida.',
  todayAlso: 'También marcó una señal por la que debe llamar hoy a su clínica.',
  todayNoPhone: 'Llame hoy a su médico, enfermera o partera.',
  todayUnreachable: 'Si no logra hablar con ellos hoy:',
  todayElsewhere: 'consulte a otro médico o vaya a una clínica cercana.',
  worseLead: 'Si las cosas empeoran antes de que pueda hablar con alguien:',
  feelingsLead: 'Si esto se vuelve demasiado pesado, o tiene pensamientos de hacerse daño, hable con alguien ahora:',
  followUpCall: '¿Tiene preguntas antes de esa cita?',
  expectedWorse: 'Si empeora o le preocupa, llame a su médico, enfermera o partera.',
};

export const TRIAGE: Readonly<Record<Lang, TriageStrings>> = ownOnly({ en, es });

export function triageFor(lang: Lang): TriageStrings {
  return TRIAGE[lang];
}
