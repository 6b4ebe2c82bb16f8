/**
 * The warning signs after a miscarriage, each with the urgency tier that says what to do about it. The checklist
 * (<haven-warning-signs>) and the guide's "physical healing" section both read this list, so they always agree.
 *
 * Tiers follow the triage table in docs/clinical-sources.md, which gives each sign's tier, its sources and why;
 * `sources` holds that document's source ids. When sources differ, the more cautious advice wins: a sign that any
 * source says needs help "right away" is never in a tier that can wait. Text is our own, written for about a
 * 6th-grade reading level, with the same numbers in every language (tests/i18n-content.test.ts).
 */
import { ownOnly, type Localised, type Sourced, type TemperatureUnit } from './types.js';

/**
 * Most urgent first. `emergency`: the emergency number or the emergency room now. `crisis`: a crisis line now.
 * `now`: care right away at any hour (the clinic's after-hours line, a nurse line, else the emergency room).
 * `today`: the clinic today. `follow-up`: the next visit. `expected`: common, with self-care.
 */
export type Tier = 'emergency' | 'crisis' | 'now' | 'today' | 'follow-up' | 'expected';
export const TIERS: readonly Tier[] = ['emergency', 'crisis', 'now', 'today', 'follow-up', 'expected'];

export type SignGroup = 'body' | 'feelings';

export interface Sign extends Sourced {
  /** Stable id, documented in the README and sent in `haven-triage-change`. */
  id: string;
  group: SignGroup;
  tier: Tier;
  /** What the patient notices. `{fever}` becomes 100.4°F or 38°C by region. */
  label: Localised;
  /** A short note shown with the sign in the result: self-care for common signs, a time limit for others. */
  care?: Localised;
}

const REVIEWED = '2026-12-02';

export const FEVER = { F: '100.4°F', C: '38°C' } as const;
/** A temperature this low can be a sign of sepsis. */
export const LOW_TEMPERATURE = { F: '96.8°F', C: '36°C' } as const;

/** One sign; every sign was compared with its sources on the same day. */
const sign = (
  id: string,
  group: SignGroup,
  tier: Tier,
  label: Localised,
  sources: readonly string[],
  extra: Pick<Sign, 'care'> = {},
): Sign => ({ id, group, tier, label, sources, reviewed: REVIEWED, ...extra });

export const SIGNS: readonly Sign[] = ownOnly([
  // Your body: emergency. Heavy bleeding and fainting first, then pain, then signs of sepsis or a blood clot.
  sign(
    'soaking-pads',
    'body',
    'emergency',
    {
      en: 'Bleeding that soaks one or more thick pads an hour, two hours in a row',
      es: 'Sangrado que empapa una o más toallas sanitarias gruesas por hora, dos horas seguidas',
    },
    ['UTD', 'ALB', 'AHS'],
  ),
  sign(
    'bleeding-and-faint',
    'body',
    'emergency',
    {
      en: 'Bleeding and you feel dizzy, faint or very pale, or your heart is racing',
      es: 'Sangrado con mareo, sensación de desmayo o mucha palidez, o con el corazón muy acelerado',
    },
    ['UTD', 'TOM2', 'AHS'],
  ),
  sign('fainted', 'body', 'emergency', { en: 'You fainted or collapsed', es: 'Se desmayó o se desplomó' }, ['UTD', 'TOM2']),
  sign(
    'sudden-severe-pain',
    'body',
    'emergency',
    {
      en: 'Sudden or very bad pain in your belly, much worse than period cramps',
      es: 'Dolor repentino o muy fuerte en el vientre, mucho peor que los cólicos de la regla',
    },
    ['NICHD', 'TOM1', 'ALB', 'SUNNY', 'PATIENT'],
  ),
  sign(
    'shoulder-tip-pain',
    'body',
    'emergency',
    {
      en: 'Pain in the tip of your shoulder, where your shoulder ends and your arm starts',
      es: 'Dolor en la punta del hombro, donde termina el hombro y empieza el brazo',
    },
    ['NHS-E', 'EPT', 'NHSGGC'],
  ),
  sign(
    'chest-pain-or-breathless',
    'body',
    'emergency',
    { en: 'Chest pain, or it is very hard to breathe', es: 'Dolor en el pecho, o le cuesta mucho respirar' },
    ['POST-BIRTH', 'SEPSIS'],
  ),
  sign(
    'swollen-leg',
    'body',
    'emergency',
    { en: 'A leg that is red, swollen and painful', es: 'Una pierna roja, hinchada y con dolor' },
    ['POST-BIRTH'],
  ),
  sign(
    'confused-or-drowsy',
    'body',
    'emergency',
    {
      en: 'You feel confused or very sleepy, or your speech is slurred',
      es: 'Siente confusión o mucho sueño, o le cuesta hablar con claridad',
    },
    ['SEPSIS'],
  ),
  sign(
    'blotchy-skin',
    'body',
    'emergency',
    { en: 'Skin that looks blotchy, bluish or very pale', es: 'Piel con manchas, azulada o muy pálida' },
    ['SEPSIS'],
  ),
  sign(
    'shivering-hard',
    'body',
    'emergency',
    {
      en: 'Shivering or shaking hard that you cannot stop, or very bad pain in your muscles',
      es: 'Escalofríos o temblores fuertes que no puede parar, o mucho dolor en los músculos',
    },
    ['SEPSIS'],
  ),
  sign('no-urine', 'body', 'emergency', { en: 'You have not peed all day', es: 'No ha orinado en todo el día' }, ['SEPSIS']),
  sign(
    'low-temperature',
    'body',
    'emergency',
    { en: 'A temperature below {low}', es: 'Una temperatura de menos de {low}' },
    ['SEPSIS'],
  ),
  sign(
    'feel-might-die',
    'body',
    'emergency',
    {
      en: 'You feel very ill, as if something is badly wrong or you might die',
      es: 'Se siente muy mal, como si algo anduviera muy mal o como si pudiera morir',
    },
    ['SEPSIS'],
  ),
  // Your body: get care now, at any hour.
  sign(
    'fever',
    'body',
    'now',
    {
      en: 'A temperature of {fever} or higher, or chills',
      es: 'Una temperatura de {fever} o más, o escalofríos',
    },
    ['UTD', 'MED', 'SUNNY', 'SW', 'NICHD'],
    {
      care: {
        en: 'Shivering you cannot stop, feeling confused, or feeling very ill is an emergency.',
        es: 'Si tiembla sin poder parar, siente confusión o se siente muy mal, es una emergencia.',
      },
    },
  ),
  sign(
    'bad-smell',
    'body',
    'now',
    { en: 'Discharge from your vagina that smells bad', es: 'Flujo vaginal con mal olor' },
    ['UTD', 'ALB', 'SW', 'NHSGGC'],
  ),
  sign('large-clots', 'body', 'now', { en: 'Clots bigger than a walnut', es: 'Coágulos más grandes que una nuez' }, ['ALB', 'EXITCARE']),
  sign(
    'pain-worse',
    'body',
    'now',
    {
      en: 'Pain that gets worse, or that pain medicine does not ease',
      es: 'Dolor que empeora, o que no se calma con medicinas para el dolor',
    },
    ['SW', 'NHSGGC', 'NCIC'],
  ),
  sign(
    'bleeding-heavier-again',
    'body',
    'now',
    {
      en: 'Bleeding that had slowed down gets heavy or bright red again',
      es: 'Sangrado que había disminuido y vuelve a ser abundante o de color rojo vivo',
    },
    ['SW', 'DGFT'],
    {
      care: {
        en: 'If it soaks a thick pad an hour, or you feel faint, that is an emergency.',
        es: 'Si empapa una toalla sanitaria gruesa por hora, o siente que se va a desmayar, es una emergencia.',
      },
    },
  ),
  sign(
    'one-sided-pain',
    'body',
    'now',
    {
      en: 'Pain low on one side of your belly that does not go away',
      es: 'Dolor en la parte baja del vientre, de un lado, que no se quita',
    },
    ['NHS-E', 'SUNNY', 'NHSGGC'],
  ),
  // Your body: call the clinic today.
  sign(
    'rh-negative',
    'body',
    'today',
    {
      en: 'Your blood type is Rh-negative, or you do not know it, and no one has talked with you about a shot for it',
      es: 'Su tipo de sangre es Rh negativo, o no lo sabe, y nadie le ha hablado de una inyección para eso',
    },
    ['ACOG-Rh', 'SMFM', 'NICE', 'SHOT'],
    {
      care: {
        en: 'Ask within 3 days (72 hours) of the bleeding, when the shot works best if you need it. If it has been longer, still ask.',
        es: 'Pregunte dentro de los 3 días (72 horas) después del sangrado, cuando la inyección funciona mejor si la necesita. Si ya pasó más tiempo, pregunte de todos modos.',
      },
    },
  ),
  sign(
    'positive-test-3-weeks',
    'body',
    'today',
    {
      en: 'A pregnancy test that is still positive 3 weeks after the miscarriage',
      es: 'Una prueba de embarazo que sigue positiva 3 semanas después de la pérdida del embarazo',
    },
    ['TOM2'],
  ),
  sign(
    'bleeding-over-3-weeks',
    'body',
    'today',
    {
      en: 'Light bleeding that goes on for more than 3 weeks',
      es: 'Sangrado leve que dura más de 3 semanas',
    },
    ['ALB', 'TOM2', 'DGFT'],
  ),
  // Your body: the follow-up visit.
  sign(
    'no-period',
    'body',
    'follow-up',
    {
      en: 'No period by 6 to 8 weeks after the miscarriage',
      es: 'No le ha vuelto la regla 6 a 8 semanas después de la pérdida del embarazo',
    },
    ['ALB', 'MED'],
  ),
  sign(
    'questions',
    'body',
    'follow-up',
    {
      en: 'Questions about why it happened, trying again, birth control, or having more than one loss',
      es: 'Preguntas sobre por qué pasó, volver a intentar un embarazo, métodos anticonceptivos o haber tenido más de una pérdida',
    },
    ['MA', 'HSE'],
  ),
  // Your body: common.
  sign('cramping', 'body', 'expected', { en: 'Cramps like period pain', es: 'Cólicos como los de la regla' }, ['ALB'], {
    care: {
      en: 'Cramps can last up to about 10 days. A heating pad can help, and pain medicine like ibuprofen if it is safe for you.',
      es: 'Los cólicos pueden durar hasta unos 10 días. Una almohadilla térmica puede ayudar, y también medicinas para el dolor como el ibuprofeno, si son seguras para usted.',
    },
  }),
  sign(
    'tapering-bleeding',
    'body',
    'expected',
    {
      en: 'Bleeding like a period, with small clots, that gets lighter over time',
      es: 'Sangrado como el de la regla, con coágulos pequeños, que disminuye poco a poco',
    },
    ['TOM2', 'ALB'],
    {
      care: {
        en: 'It usually gets lighter over 1 to 2 weeks. Use pads, not tampons or cups. If it goes on past 3 weeks, call your clinic.',
        es: 'Por lo general disminuye en 1 a 2 semanas. Use toallas sanitarias, no tampones ni copas menstruales. Si dura más de 3 semanas, llame a su clínica.',
      },
    },
  ),
  sign('breast-tenderness', 'body', 'expected', { en: 'Sore or tender breasts', es: 'Senos adoloridos o sensibles' }, ['ALB'], {
    care: {
      en: 'This fades as your hormones settle. A bra that gives good support and a cool pack may help. Do not bind your breasts.',
      es: 'Esto se quita a medida que sus hormonas se calman. Un sostén que dé buen soporte y una compresa fría pueden ayudar. No se envuelva los senos con vendas ni fajas.',
    },
  }),
  sign('tiredness', 'body', 'expected', { en: 'Feeling very tired', es: 'Mucho cansancio' }, ['TOM2'], {
    care: {
      en: 'Your body is healing. Rest when you can, eat well and drink water.',
      es: 'Su cuerpo está sanando. Descanse cuando pueda, coma bien y tome agua.',
    },
  }),
  // Your feelings.
  sign(
    'plan-to-act',
    'feelings',
    'emergency',
    {
      en: 'You have a plan to end your life, or you feel you might act on thoughts of harming yourself',
      es: 'Tiene un plan para quitarse la vida, o siente que podría llegar a hacerse daño',
    },
    ['988', 'POST-BIRTH'],
  ),
  sign(
    'thoughts-of-self-harm',
    'feelings',
    'crisis',
    {
      en: 'Thoughts of hurting yourself, or of not wanting to go on',
      es: 'Pensamientos de hacerse daño, o de no querer seguir viviendo',
    },
    ['988', 'NMMHH'],
  ),
  sign(
    'low-mood-lasting',
    'feelings',
    'today',
    {
      en: 'Sadness, hopelessness, panic or flashbacks that last more than 2 weeks or make daily life hard',
      es: 'Tristeza, desesperanza, pánico o recuerdos que vuelven de golpe, que duran más de 2 semanas o le hacen difícil el día a día',
    },
    ['MAUS', 'PANDA', 'F20'],
  ),
  sign(
    'sleep-or-eating',
    'feelings',
    'today',
    {
      en: 'Trouble sleeping, eating or getting through the day that is not getting better',
      es: 'Problemas para dormir, comer o pasar el día que no mejoran',
    },
    ['MAUS', 'TOM2'],
  ),
  sign(
    'alcohol-or-drugs',
    'feelings',
    'today',
    { en: 'Using alcohol or drugs to cope', es: 'Usar alcohol o drogas para sobrellevar lo que siente' },
    ['MAUS'],
  ),
  sign(
    'mood-swings',
    'feelings',
    'expected',
    {
      en: 'Crying easily, mood swings, or feeling low some days',
      es: 'Llorar con facilidad, cambios de humor o algunos días sin ánimo',
    },
    ['TOM2'],
    {
      care: {
        en: 'Grief comes and goes. Be gentle with yourself and talk with someone you trust.',
        es: 'El duelo va y viene. Trátese con cariño y hable con alguien de confianza.',
      },
    },
  ),
]);

/**
 * A sign's label with the fever threshold in the patient's unit. Spanish readers in the US also get Celsius: many
 * grew up with it and own a Celsius thermometer.
 */
export function signLabel(sign: Sign, lang: keyof Localised, temperature: TemperatureUnit): string {
  const both = lang === 'es' && temperature === 'F';
  const degrees = (t: { F: string; C: string }) => (both ? `${t.F} (${t.C})` : t[temperature]);
  return sign.label[lang].replace('{fever}', degrees(FEVER)).replace('{low}', degrees(LOW_TEMPERATURE));
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
