/**
 * The recovery guide's content: six sections that carry every point of the clinic's patient guide, and a seventh
 * for partners and family that a clinic can choose (`partners`, not shown by default), in our own
 * words, written for about a 6th-grade reading level (tests/readability.test.ts checks each section: Flesch–Kincaid
 * in English, Fernández-Huerta in Spanish). Spanish says "usted" and "pérdida del embarazo" where English says
 * "miscarriage"; it needs a bilingual clinician's review before release. `sources` holds source ids from
 * docs/clinical-sources.md (sources.ts), where each is named with its public address.
 *
 * The words are in the language modules (lang/en.ts, lang/es.ts), named here by key (`t('guide.emotions.title')`).
 * Content is data: <haven-recovery-guide> renders these blocks with templates, never as HTML. Blocks that show
 * numbers (warning signs, emergency and crisis lines, the clinic) carry only their lead-in words here; the numbers
 * come from signs.ts and contacts.ts, so the guide, the checklist and the banner always agree.
 */
import type { Words } from './lang/en.js';
import { byLang, guideText as t, guideWords } from './registry.js';
import { SIGNS, signLabel, type Sign, type Tier } from './signs.js';
import { ownOnly, type Lang, type Localised, type Sourced, type TemperatureUnit } from './types.js';

export type SectionId = 'emotions' | 'physical' | 'wellbeing' | 'support' | 'partners' | 'crisis' | 'contact';
/** Every built-in section a clinic can choose with `sections`, in the order the guide suggests. */
export const SECTION_IDS: readonly SectionId[] = ['emotions', 'physical', 'wellbeing', 'support', 'partners', 'crisis', 'contact'];
/**
 * The sections shown when `sections` is not set: every one but `partners`. The guide speaks to the patient, who may
 * be reading it frightened and tired; a section written to their partner and family makes it a seventh longer (a
 * seventh step in `layout="steps"`), and would appear unreviewed in every clinic's existing embed. The emotions
 * section already tells the patient that partners grieve too. A clinic that wants it adds `partners` to `sections`
 * (suggested place: after `support`).
 */
export const DEFAULT_SECTIONS: readonly SectionId[] = SECTION_IDS.filter((id) => id !== 'partners');

/** A list item: plain text, or a short bold lead followed by text. */
export type ListItem = Localised | { lead: Localised; text: Localised };

export type Block = (
  | { kind: 'paragraph'; text: Localised }
  | { kind: 'subheading'; text: Localised }
  | { kind: 'list'; items: readonly ListItem[] }
  /** Warning signs of one tier, taken from signs.ts, under a sub-heading, then what to do. */
  | { kind: 'signs'; tier: GuideSignTier; title: Localised }
  /** "Call 911" (or the local words) followed by `text`. */
  | { kind: 'emergency'; text: Localised }
  /** `text`, then the region's crisis lines with their call, text and chat links. */
  | { kind: 'crisis-lines'; text: Localised }
  /** The region's ways to reach help without a voice call (contacts.ts `access`), after this lead-in. */
  | { kind: 'access'; text: Localised }
  /** `text`, then the link to the helpline directory. */
  | { kind: 'hotline-directory'; text: Localised }
  /** `text`, then the emergency number and the region's first crisis line as actions. */
  | { kind: 'crisis-now'; text: Localised }
  /** `text`, then the clinic's name and phone. */
  | { kind: 'clinic'; text: Localised }
  /** `text`, then the region's support lines (not crisis lines), each with its hours. */
  | { kind: 'support-lines'; text: Localised }
  /** `text`, then the region's lines that also talk with partners and family (contacts.ts `partners`). */
  | { kind: 'partner-lines'; text: Localised }
  /** "Go to the nearest emergency room", in the region's words. */
  | { kind: 'go-to-hospital' }
) & { sources?: readonly string[] };

export interface GuideSection extends Sourced {
  id: SectionId;
  title: Localised;
  blocks: readonly Block[];
}

/** The tiers of warning signs the guide lists, most urgent first. */
export type GuideSignTier = Extract<Tier, 'emergency' | 'now' | 'today'>;

/**
 * When the guide's text was last compared with its published sources (docs/clinical-sources.md), and when that
 * comparison is due again. Both are shown in the Sources footer. Comparing with the sources is not a check that
 * each phone line still answers as described: that is part of each release (docs/clinical-sources.md).
 */
export const GUIDE_REVIEWED = '2026-12-02';
export const GUIDE_REVIEW_DUE = '2027-06-02';

/** Opening words, before the sections (the outline's "Tone"). */
export const GUIDE_INTRO: readonly Localised[] = ownOnly([
  t('guide.intro.0'),
  t('guide.intro.1'),
  t('guide.intro.2'),
]);

const emotions: GuideSection = {
  id: 'emotions',
  title: t('guide.emotions.title'),
  sources: ['UTD-LOSS', 'F20', 'F21'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.0.text'),
    },
    {
      kind: 'list',
      items: [
        t('guide.emotions.blocks.1.items.0'),
        t('guide.emotions.blocks.1.items.1'),
        t('guide.emotions.blocks.1.items.2'),
        t('guide.emotions.blocks.1.items.3'),
        t('guide.emotions.blocks.1.items.4'),
        t('guide.emotions.blocks.1.items.5'),
        t('guide.emotions.blocks.1.items.6'),
      ],
    },
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.2.text'),
      sources: ['UTD-LOSS', 'TOM3', 'HSE', 'MA'],
    },
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.3.text'),
    },
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.4.text'),
    },
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.5.text'),
      sources: ['F20'],
    },
    { kind: 'subheading', text: t('guide.emotions.blocks.6.text') },
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.7.text'),
      sources: ['F21'],
    },
    {
      kind: 'paragraph',
      text: t('guide.emotions.blocks.8.text'),
    },
  ],
};

const physical: GuideSection = {
  id: 'physical',
  title: t('guide.physical.title'),
  sources: ['TOM2', 'ALB', 'MED', 'SW'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.0.text'),
    },
    { kind: 'subheading', text: t('guide.physical.blocks.1.text') },
    {
      kind: 'list',
      items: [
        t('guide.physical.blocks.2.items.0'),
        t('guide.physical.blocks.2.items.1'),
        t('guide.physical.blocks.2.items.2'),
        t('guide.physical.blocks.2.items.3'),
        t('guide.physical.blocks.2.items.4'),
      ],
      sources: ['ALB', 'TOM2'],
    },
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.3.text'),
      sources: ['ALB'],
    },
    { kind: 'subheading', text: t('guide.physical.blocks.4.text') },
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.5.text'),
    },
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.6.text'),
      sources: ['ALB', 'MED', 'SW'],
    },
    { kind: 'subheading', text: t('guide.physical.blocks.7.text') },
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.8.text'),
      sources: ['NICE'],
    },
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.9.text'),
      sources: ['ACOG-Rh', 'SMFM', 'NICE', 'SHOT'],
    },
    { kind: 'subheading', text: t('guide.physical.blocks.10.text') },
    {
      kind: 'paragraph',
      text: t('guide.physical.blocks.11.text'),
    },
    { kind: 'signs', tier: 'emergency', title: t('guide.physical.blocks.12.title') },
    {
      kind: 'signs',
      tier: 'now',
      title: t('guide.physical.blocks.13.title'),
    },
    { kind: 'signs', tier: 'today', title: t('guide.physical.blocks.14.title') },
  ],
};

const wellbeing: GuideSection = {
  id: 'wellbeing',
  title: t('guide.wellbeing.title'),
  sources: ['MAUS'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: t('guide.wellbeing.blocks.0.text'),
    },
    {
      kind: 'list',
      items: [
        {
          lead: t('guide.wellbeing.blocks.1.items.0.lead'),
          text: t('guide.wellbeing.blocks.1.items.0.text'),
        },
        {
          lead: t('guide.wellbeing.blocks.1.items.1.lead'),
          text: t('guide.wellbeing.blocks.1.items.1.text'),
        },
        {
          lead: t('guide.wellbeing.blocks.1.items.2.lead'),
          text: t('guide.wellbeing.blocks.1.items.2.text'),
        },
        {
          lead: t('guide.wellbeing.blocks.1.items.3.lead'),
          text: t('guide.wellbeing.blocks.1.items.3.text'),
        },
        {
          lead: t('guide.wellbeing.blocks.1.items.4.lead'),
          text: t('guide.wellbeing.blocks.1.items.4.text'),
        },
      ],
    },
  ],
};

const support: GuideSection = {
  id: 'support',
  title: t('guide.support.title'),
  sources: ['MAUS', 'PANDA', 'NMMHH'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: t('guide.support.blocks.0.text'),
    },
    {
      kind: 'list',
      items: [
        t('guide.support.blocks.1.items.0'),
        t('guide.support.blocks.1.items.1'),
        t('guide.support.blocks.1.items.2'),
        t('guide.support.blocks.1.items.3'),
        t('guide.support.blocks.1.items.4'),
        t('guide.support.blocks.1.items.5'),
        t('guide.support.blocks.1.items.6'),
      ],
    },
    {
      kind: 'support-lines',
      text: t('guide.support.blocks.2.text'),
    },
    {
      kind: 'crisis-now',
      text: t('guide.support.blocks.3.text'),
      sources: ['988'],
    },
  ],
};

const crisis: GuideSection = {
  id: 'crisis',
  title: t('guide.crisis.title'),
  sources: ['988'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: t('guide.crisis.blocks.0.text'),
    },
    // Read after the emergency call link: "Call 911 if you are in danger right now."
    { kind: 'emergency', text: t('guide.crisis.blocks.1.text') },
    {
      kind: 'crisis-lines',
      text: t('guide.crisis.blocks.2.text'),
    },
    { kind: 'access', text: t('guide.crisis.access') },
    // The element puts the region's "Outside the United States?" (strings.ts `outsideQuestion`) before this text.
    {
      kind: 'hotline-directory',
      text: t('guide.crisis.blocks.3.text'),
    },
    { kind: 'go-to-hospital' },
    {
      kind: 'paragraph',
      text: t('guide.crisis.blocks.5.text'),
    },
    {
      kind: 'paragraph',
      text: t('guide.crisis.blocks.6.text'),
    },
  ],
};

const contact: GuideSection = {
  id: 'contact',
  title: t('guide.contact.title'),
  sources: ['NICE'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: t('guide.contact.blocks.0.text'),
    },
    {
      kind: 'list',
      items: [
        t('guide.contact.blocks.1.items.0'),
        t('guide.contact.blocks.1.items.1'),
        t('guide.contact.blocks.1.items.2'),
      ],
    },
    {
      kind: 'clinic',
      text: t('guide.contact.blocks.2.text'),
      sources: ['NICE'],
    },
  ],
};

// Written to the patient's partner and family, of any gender (the opening line says so, for the patient who shares
// it). Sources: the Miscarriage Association's and the RCOG's words on partners' grief, Farren 2021 on partners'
// distress, and the usual hedge that a miscarriage is almost never caused by anything either partner did.
const partners: GuideSection = {
  id: 'partners',
  title: t('guide.partners.title'),
  sources: ['MA-PARTNERS', 'RCOG-PARTNERS', 'F21'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    { kind: 'paragraph', text: t('guide.partners.blocks.0.text') },
    { kind: 'subheading', text: t('guide.partners.blocks.1.text') },
    { kind: 'paragraph', text: t('guide.partners.blocks.2.text'), sources: ['MA-PARTNERS', 'RCOG-PARTNERS', 'F21'] },
    { kind: 'paragraph', text: t('guide.partners.blocks.3.text'), sources: ['MA-PARTNERS'] },
    { kind: 'paragraph', text: t('guide.partners.blocks.4.text'), sources: ['UTD-LOSS', 'TOM3', 'HSE', 'MA'] },
    { kind: 'subheading', text: t('guide.partners.blocks.5.text') },
    {
      kind: 'list',
      items: [
        t('guide.partners.blocks.6.items.0'),
        t('guide.partners.blocks.6.items.1'),
        t('guide.partners.blocks.6.items.2'),
        t('guide.partners.blocks.6.items.3'),
        t('guide.partners.blocks.6.items.4'),
        t('guide.partners.blocks.6.items.5'),
      ],
      sources: ['MA-PARTNERS', 'RCOG-PARTNERS'],
    },
    { kind: 'subheading', text: t('guide.partners.blocks.7.text') },
    { kind: 'paragraph', text: t('guide.partners.blocks.8.text') },
    { kind: 'partner-lines', text: t('guide.partners.blocks.9.text') },
    { kind: 'crisis-now', text: t('guide.partners.blocks.10.text'), sources: ['988'] },
  ],
};

export const GUIDE_SECTIONS: readonly GuideSection[] = ownOnly([emotions, physical, wellbeing, support, partners, crisis, contact]);

export function guideSection(id: string): GuideSection | undefined {
  return GUIDE_SECTIONS.find((s) => s.id === id);
}

/** The body warning signs of one tier, from signs.ts: the same list the checklist shows. */
export function warningSigns(tier: GuideSignTier): readonly Sign[] {
  return SIGNS.filter((sign) => sign.group === 'body' && sign.tier === tier);
}

/** Every source id a section cites, including those of the warning signs it shows. */
export function sectionSources(section: GuideSection): string[] {
  const ids = new Set<string>(section.sources);
  for (const block of section.blocks) {
    for (const id of block.sources ?? []) ids.add(id);
    if (block.kind === 'signs') for (const sign of warningSigns(block.tier)) sign.sources.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/**
 * A section's own words as sentences (title, blocks, and warning-sign labels), for the readability check.
 * Numbers and names of lines come from contacts.ts and are not included.
 */
export function sectionText(section: GuideSection, lang: Lang = 'en', temperature: TemperatureUnit = 'F'): string[] {
  const out: string[] = [section.title[lang]];
  for (const block of section.blocks) {
    switch (block.kind) {
      case 'list':
        for (const item of block.items) {
          if ('lead' in item) out.push(item.lead[lang], item.text[lang]);
          else out.push(item[lang]);
        }
        break;
      case 'signs':
        out.push(block.title[lang], ...warningSigns(block.tier).map((sign) => signLabel(sign, lang, temperature)));
        break;
      case 'go-to-hospital':
        // Its words are the shared "go to the nearest emergency room" (strings.ts), not the section's own.
        break;
      default:
        out.push(block.text[lang]);
    }
  }
  return out;
}

/** Interface words of <haven-recovery-guide>, per language (lang/en.ts, lang/es.ts). */
export type GuideStrings = Words['guide'];

export const GUIDE_STRINGS: Readonly<Record<Lang, GuideStrings>> = byLang(guideWords);
