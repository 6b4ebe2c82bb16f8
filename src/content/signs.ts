/**
 * The warning signs after a miscarriage, each with the urgency tier that says what to do about it. The checklist
 * (<haven-warning-signs>) and the guide's "physical healing" section both read this list, so they always agree.
 *
 * Tiers follow the triage table in docs/clinical-sources.md, which gives each sign's tier, its sources and why;
 * `sources` holds that document's source ids. When sources differ, the more cautious advice wins: a sign that any
 * source says needs help "right away" is never in a tier that can wait. Text is our own, written for about a
 * 6th-grade reading level, with the same numbers in every language (tests/i18n-content.test.ts).
 */
import { signText as t } from './registry.js';
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
    t('sign.soaking-pads.label'),
    ['UTD', 'ALB', 'AHS'],
  ),
  sign(
    'bleeding-and-faint',
    'body',
    'emergency',
    t('sign.bleeding-and-faint.label'),
    ['UTD', 'TOM2', 'AHS'],
  ),
  sign('fainted', 'body', 'emergency', t('sign.fainted.label'), ['UTD', 'TOM2']),
  sign(
    'sudden-severe-pain',
    'body',
    'emergency',
    t('sign.sudden-severe-pain.label'),
    ['NICHD', 'TOM1', 'ALB', 'SUNNY', 'PATIENT'],
  ),
  sign(
    'shoulder-tip-pain',
    'body',
    'emergency',
    t('sign.shoulder-tip-pain.label'),
    ['NHS-E', 'EPT', 'NHSGGC'],
  ),
  sign(
    'chest-pain-or-breathless',
    'body',
    'emergency',
    t('sign.chest-pain-or-breathless.label'),
    ['POST-BIRTH', 'SEPSIS'],
  ),
  sign(
    'swollen-leg',
    'body',
    'emergency',
    t('sign.swollen-leg.label'),
    ['POST-BIRTH'],
  ),
  sign(
    'confused-or-drowsy',
    'body',
    'emergency',
    t('sign.confused-or-drowsy.label'),
    ['SEPSIS'],
  ),
  sign(
    'blotchy-skin',
    'body',
    'emergency',
    t('sign.blotchy-skin.label'),
    ['SEPSIS'],
  ),
  sign(
    'shivering-hard',
    'body',
    'emergency',
    t('sign.shivering-hard.label'),
    ['SEPSIS'],
  ),
  sign('no-urine', 'body', 'emergency', t('sign.no-urine.label'), ['SEPSIS']),
  sign(
    'low-temperature',
    'body',
    'emergency',
    t('sign.low-temperature.label'),
    ['SEPSIS'],
  ),
  sign(
    'feel-might-die',
    'body',
    'emergency',
    t('sign.feel-might-die.label'),
    ['SEPSIS'],
  ),
  // Your body: get care now, at any hour.
  sign(
    'fever',
    'body',
    'now',
    t('sign.fever.label'),
    ['UTD', 'MED', 'SUNNY', 'SW', 'NICHD'],
    {
      care: t('sign.fever.care'),
    },
  ),
  sign(
    'bad-smell',
    'body',
    'now',
    t('sign.bad-smell.label'),
    ['UTD', 'ALB', 'SW', 'NHSGGC'],
  ),
  sign('large-clots', 'body', 'now', t('sign.large-clots.label'), ['ALB', 'EXITCARE']),
  sign(
    'pain-worse',
    'body',
    'now',
    t('sign.pain-worse.label'),
    ['SW', 'NHSGGC', 'NCIC'],
  ),
  sign(
    'bleeding-heavier-again',
    'body',
    'now',
    t('sign.bleeding-heavier-again.label'),
    ['SW', 'DGFT'],
    {
      care: t('sign.bleeding-heavier-again.care'),
    },
  ),
  sign(
    'one-sided-pain',
    'body',
    'now',
    t('sign.one-sided-pain.label'),
    ['NHS-E', 'SUNNY', 'NHSGGC'],
  ),
  // Your body: call the clinic today.
  sign(
    'rh-negative',
    'body',
    'today',
    t('sign.rh-negative.label'),
    ['ACOG-Rh', 'SMFM', 'NICE', 'SHOT'],
    {
      care: t('sign.rh-negative.care'),
    },
  ),
  sign(
    'positive-test-3-weeks',
    'body',
    'today',
    t('sign.positive-test-3-weeks.label'),
    ['TOM2'],
  ),
  sign(
    'bleeding-over-3-weeks',
    'body',
    'today',
    t('sign.bleeding-over-3-weeks.label'),
    ['ALB', 'TOM2', 'DGFT'],
  ),
  // Your body: the follow-up visit.
  sign(
    'no-period',
    'body',
    'follow-up',
    t('sign.no-period.label'),
    ['ALB', 'MED'],
  ),
  sign(
    'questions',
    'body',
    'follow-up',
    t('sign.questions.label'),
    ['MA', 'HSE'],
  ),
  // Your body: common.
  sign('cramping', 'body', 'expected', t('sign.cramping.label'), ['ALB'], {
    care: t('sign.cramping.care'),
  }),
  sign(
    'tapering-bleeding',
    'body',
    'expected',
    t('sign.tapering-bleeding.label'),
    ['TOM2', 'ALB'],
    {
      care: t('sign.tapering-bleeding.care'),
    },
  ),
  sign('breast-tenderness', 'body', 'expected', t('sign.breast-tenderness.label'), ['ALB'], {
    care: t('sign.breast-tenderness.care'),
  }),
  sign('tiredness', 'body', 'expected', t('sign.tiredness.label'), ['TOM2'], {
    care: t('sign.tiredness.care'),
  }),
  // Your feelings.
  sign(
    'plan-to-act',
    'feelings',
    'emergency',
    t('sign.plan-to-act.label'),
    ['988', 'POST-BIRTH'],
  ),
  sign(
    'thoughts-of-self-harm',
    'feelings',
    'crisis',
    t('sign.thoughts-of-self-harm.label'),
    ['988', 'NMMHH'],
  ),
  sign(
    'low-mood-lasting',
    'feelings',
    'today',
    t('sign.low-mood-lasting.label'),
    ['MAUS', 'PANDA', 'F20'],
  ),
  sign(
    'sleep-or-eating',
    'feelings',
    'today',
    t('sign.sleep-or-eating.label'),
    ['MAUS', 'TOM2'],
  ),
  sign(
    'alcohol-or-drugs',
    'feelings',
    'today',
    t('sign.alcohol-or-drugs.label'),
    ['MAUS'],
  ),
  sign(
    'mood-swings',
    'feelings',
    'expected',
    t('sign.mood-swings.label'),
    ['TOM2'],
    {
      care: t('sign.mood-swings.care'),
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
