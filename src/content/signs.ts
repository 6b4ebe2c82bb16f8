/**
 * The warning signs after a miscarriage, each with the urgency tier that says what to do about it. The checklist
 * (<haven-warning-signs>) and the guide's "physical healing" section both read this list, so they always agree.
 *
 * Tiers and thresholds follow the triage table and the sources in ../shared/clinical-facts.md. Source ids are
 * that file's; `CF-TRIAGE` and `CF-EMOTIONAL` name its triage table and its "Emotional" list, which carry no
 * single outside source. Text is our own, written for about a 6th-grade reading level, with the same numbers in
 * every language (tests/i18n-content.test.ts).
 */
import type { Localised, Sourced, TemperatureUnit } from './types.js';

/** Most urgent first. */
export type Tier = 'emergency' | 'crisis' | 'today' | 'follow-up' | 'expected';
export const TIERS: readonly Tier[] = ['emergency', 'crisis', 'today', 'follow-up', 'expected'];

export type SignGroup = 'body' | 'feelings';

export interface Sign extends Sourced {
  /** Stable id, documented in the README and sent in `haven-triage-change`. */
  id: string;
  group: SignGroup;
  tier: Tier;
  /** What the patient notices. `{fever}` becomes 100.4°F or 38°C by region. */
  label: Localised;
  /** For `expected` signs: a short self-care note. */
  care?: Localised;
}

const REVIEWED = '2026-11-28';

export const FEVER = { F: '100.4°F', C: '38°C' } as const;

export const SIGNS: readonly Sign[] = [
  // Your body: emergency
  {
    id: 'soaking-pads',
    group: 'body',
    tier: 'emergency',
    label: {
      en: 'Bleeding that soaks one or more thick pads an hour, two hours in a row',
      es: 'Sangrado que empapa una o más toallas sanitarias gruesas por hora, dos horas seguidas',
    },
    sources: ['UTD', 'ALB', 'BPAS'],
    reviewed: REVIEWED,
  },
  {
    id: 'bleeding-and-faint',
    group: 'body',
    tier: 'emergency',
    label: {
      en: 'Bleeding and you feel dizzy, faint or very pale, or your heart is racing',
      es: 'Sangrado con mareo, sensación de desmayo o mucha palidez, o con el corazón muy acelerado',
    },
    sources: ['UTD', 'TOM1'],
    reviewed: REVIEWED,
  },
  {
    id: 'fainted',
    group: 'body',
    tier: 'emergency',
    label: { en: 'You fainted or collapsed', es: 'Se desmayó o se desplomó' },
    sources: ['UTD', 'TOM1'],
    reviewed: REVIEWED,
  },
  {
    id: 'sudden-severe-pain',
    group: 'body',
    tier: 'emergency',
    label: {
      en: 'Sudden, very bad pain low in your belly (often on one side) or in the tip of your shoulder, and you feel dizzy or faint',
      es: 'Dolor repentino y muy fuerte en la parte baja del vientre (a menudo de un lado) o en la punta del hombro, con mareo o sensación de desmayo',
    },
    sources: ['NHS-M', 'NHS-E'],
    reviewed: REVIEWED,
  },
  {
    id: 'fever-pain-smell',
    group: 'body',
    tier: 'emergency',
    label: {
      en: 'A fever, very bad pain low in your belly, and discharge that smells bad, all together',
      es: 'Fiebre, dolor muy fuerte en la parte baja del vientre y flujo con mal olor, todo al mismo tiempo',
    },
    sources: ['NICHD'],
    reviewed: REVIEWED,
  },
  // Your body: call today
  {
    id: 'fever',
    group: 'body',
    tier: 'today',
    label: {
      en: 'A temperature of {fever} or higher, or shaking chills',
      es: 'Una temperatura de {fever} o más, o escalofríos con temblores',
    },
    sources: ['SW', 'UTD'],
    reviewed: REVIEWED,
  },
  {
    id: 'bad-smell',
    group: 'body',
    tier: 'today',
    label: { en: 'Discharge from your vagina that smells bad', es: 'Flujo vaginal con mal olor' },
    sources: ['SW', 'ALB', 'MKUH'],
    reviewed: REVIEWED,
  },
  {
    id: 'large-clots',
    group: 'body',
    tier: 'today',
    label: { en: 'Clots bigger than an egg', es: 'Coágulos más grandes que un huevo' },
    sources: ['ALB'],
    reviewed: REVIEWED,
  },
  {
    id: 'pain-worse',
    group: 'body',
    tier: 'today',
    label: {
      en: 'Pain that gets worse, or that pain medicine like ibuprofen does not ease',
      es: 'Dolor que empeora, o que no se calma con medicinas para el dolor como el ibuprofeno',
    },
    sources: ['SW', 'BPAS'],
    reviewed: REVIEWED,
  },
  {
    id: 'bleeding-heavier-again',
    group: 'body',
    tier: 'today',
    label: {
      en: 'Bleeding that had slowed down gets heavier or bright red again',
      es: 'Sangrado que había disminuido y vuelve a aumentar o a ser de color rojo vivo',
    },
    sources: ['CF-TRIAGE'],
    reviewed: REVIEWED,
  },
  {
    id: 'one-sided-pain',
    group: 'body',
    tier: 'today',
    label: {
      en: 'Pain on one side of your belly or in the tip of your shoulder, without feeling faint',
      es: 'Dolor en un lado del vientre o en la punta del hombro, sin sensación de desmayo',
    },
    sources: ['NHS-M', 'NHS-E'],
    reviewed: REVIEWED,
  },
  {
    id: 'bleeding-over-3-weeks',
    group: 'body',
    tier: 'today',
    label: { en: 'Bleeding that goes on for more than 2 to 3 weeks', es: 'Sangrado que dura más de 2 a 3 semanas' },
    sources: ['CF-TRIAGE', 'TOM2'],
    reviewed: REVIEWED,
  },
  {
    id: 'positive-test-3-weeks',
    group: 'body',
    tier: 'today',
    label: {
      en: 'A pregnancy test that is still positive 3 weeks after the miscarriage',
      es: 'Una prueba de embarazo que sigue positiva 3 semanas después del aborto espontáneo',
    },
    sources: ['TOM2'],
    reviewed: REVIEWED,
  },
  // Your body: follow-up
  {
    id: 'no-period',
    group: 'body',
    tier: 'follow-up',
    label: {
      en: 'No period by 6 to 8 weeks after the miscarriage',
      es: 'La regla no le ha vuelto entre 6 y 8 semanas después del aborto espontáneo',
    },
    sources: ['CF-TRIAGE', 'Mayo*'],
    reviewed: REVIEWED,
  },
  {
    id: 'questions',
    group: 'body',
    tier: 'follow-up',
    label: {
      en: 'Questions about why it happened, trying again, birth control, or your Rh blood type',
      es: 'Preguntas sobre por qué pasó, volver a intentar un embarazo, métodos anticonceptivos o su tipo de sangre Rh',
    },
    sources: ['CF-TRIAGE', 'ACOG-Rh'],
    reviewed: REVIEWED,
  },
  // Your body: common
  {
    id: 'cramping',
    group: 'body',
    tier: 'expected',
    label: { en: 'Cramps like period pain', es: 'Cólicos como los de la regla' },
    care: {
      en: 'Cramps can last up to about 10 days. A heating pad and pain medicine like ibuprofen can help.',
      es: 'Los cólicos pueden durar hasta unos 10 días. Una almohadilla térmica y medicinas para el dolor como el ibuprofeno pueden ayudar.',
    },
    sources: ['ALB'],
    reviewed: REVIEWED,
  },
  {
    id: 'tapering-bleeding',
    group: 'body',
    tier: 'expected',
    label: {
      en: 'Bleeding like a period, with small clots, that gets lighter over time',
      es: 'Sangrado como el de la regla, con coágulos pequeños, que disminuye poco a poco',
    },
    care: {
      en: 'It usually gets lighter over 1 to 2 weeks. Use pads, not tampons or cups. If it goes on past 2 to 3 weeks, call your clinic.',
      es: 'Por lo general disminuye en 1 a 2 semanas. Use toallas sanitarias, no tampones ni copas menstruales. Si dura más de 2 a 3 semanas, llame a su clínica.',
    },
    sources: ['TOM2', 'ALB', 'BPAS'],
    reviewed: REVIEWED,
  },
  {
    id: 'breast-tenderness',
    group: 'body',
    tier: 'expected',
    label: { en: 'Sore or tender breasts', es: 'Senos adoloridos o sensibles' },
    care: {
      en: 'This fades as your hormones settle. A snug bra and a cool pack may help.',
      es: 'Esto se quita a medida que sus hormonas se calman. Un sostén firme y una compresa fría pueden ayudar.',
    },
    sources: ['ALB'],
    reviewed: REVIEWED,
  },
  {
    id: 'tiredness',
    group: 'body',
    tier: 'expected',
    label: { en: 'Feeling very tired', es: 'Mucho cansancio' },
    care: {
      en: 'Your body is healing. Rest when you can, eat well and drink water.',
      es: 'Su cuerpo está sanando. Descanse cuando pueda, coma bien y tome agua.',
    },
    sources: ['TOM2'],
    reviewed: REVIEWED,
  },
  // Your feelings
  {
    id: 'plan-to-act',
    group: 'feelings',
    tier: 'emergency',
    label: {
      en: 'You have a plan to end your life, or you feel you might act on thoughts of harming yourself',
      es: 'Tiene un plan para quitarse la vida, o siente que podría llegar a hacerse daño',
    },
    sources: ['CF-TRIAGE'],
    reviewed: REVIEWED,
  },
  {
    id: 'thoughts-of-self-harm',
    group: 'feelings',
    tier: 'crisis',
    label: {
      en: 'Thoughts of hurting yourself, or of not wanting to go on',
      es: 'Pensamientos de hacerse daño, o de no querer seguir viviendo',
    },
    sources: ['CF-EMOTIONAL'],
    reviewed: REVIEWED,
  },
  {
    id: 'low-mood-lasting',
    group: 'feelings',
    tier: 'today',
    label: {
      en: 'Sadness, hopelessness, panic or flashbacks that last more than 2 weeks or make daily life hard',
      es: 'Tristeza, desesperanza, pánico o recuerdos que vuelven de golpe, que duran más de 2 semanas o le hacen difícil el día a día',
    },
    sources: ['CF-EMOTIONAL', 'F20'],
    reviewed: REVIEWED,
  },
  {
    id: 'sleep-or-eating',
    group: 'feelings',
    tier: 'today',
    label: {
      en: 'Trouble sleeping, eating or getting through the day that is not getting better',
      es: 'Problemas para dormir, comer o pasar el día que no mejoran',
    },
    sources: ['CF-TRIAGE'],
    reviewed: REVIEWED,
  },
  {
    id: 'alcohol-or-drugs',
    group: 'feelings',
    tier: 'today',
    label: { en: 'Using alcohol or drugs to cope', es: 'Usar alcohol o drogas para sobrellevar lo que siente' },
    sources: ['CF-EMOTIONAL'],
    reviewed: REVIEWED,
  },
  {
    id: 'mood-swings',
    group: 'feelings',
    tier: 'expected',
    label: {
      en: 'Crying easily, mood swings, or feeling low some days',
      es: 'Llorar con facilidad, cambios de humor o algunos días sin ánimo',
    },
    care: {
      en: 'Grief comes and goes. Be gentle with yourself and talk with someone you trust.',
      es: 'El duelo va y viene. Trátese con cariño y hable con alguien de confianza.',
    },
    sources: ['TOM2'],
    reviewed: REVIEWED,
  },
];

/**
 * A sign's label with the fever threshold in the patient's unit. Spanish readers in the US also get Celsius: many
 * grew up with it and own a Celsius thermometer.
 */
export function signLabel(sign: Sign, lang: keyof Localised, temperature: TemperatureUnit): string {
  const fever = lang === 'es' && temperature === 'F' ? `${FEVER.F} (${FEVER.C})` : FEVER[temperature];
  return sign.label[lang].replace('{fever}', fever);
}

/** The most urgent tier among the given signs, or `undefined` when none. */
export function triageTier(signs: readonly Sign[]): Tier | undefined {
  let best: number | undefined;
  for (const sign of signs) {
    const rank = TIERS.indexOf(sign.tier);
    if (best === undefined || rank < best) best = rank;
  }
  return best === undefined ? undefined : TIERS[best];
}
