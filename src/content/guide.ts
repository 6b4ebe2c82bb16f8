/**
 * The recovery guide's content: six sections that carry every point of ../shared/guide-outline.md, in our own
 * words, written for about a 6th-grade reading level (tests/readability.test.ts checks each section). Facts come
 * from ../shared/clinical-facts.md; `sources` holds that file's source ids. `CF-TRIAGE`, `CF-EMOTIONAL` and
 * `CF-LINES` name its triage table, its "Emotional" list and its crisis and support lines, which carry no single
 * outside source.
 *
 * Content is data: <haven-recovery-guide> renders these blocks with templates, never as HTML. Blocks that show
 * numbers (warning signs, emergency and crisis lines, the clinic) carry only their lead-in words here; the numbers
 * come from signs.ts and contacts.ts, so the guide, the checklist and the banner always agree.
 */
import { SIGNS, signLabel, type Sign } from './signs.js';
import type { Lang, Localised, Sourced } from './types.js';

export type SectionId = 'emotions' | 'physical' | 'wellbeing' | 'support' | 'crisis' | 'contact';
export const SECTION_IDS: readonly SectionId[] = ['emotions', 'physical', 'wellbeing', 'support', 'crisis', 'contact'];

/** A list item: plain text, or a short bold lead followed by text. */
export type ListItem = Localised | { lead: Localised; text: Localised };

export type Block = (
  | { kind: 'paragraph'; text: Localised }
  | { kind: 'subheading'; text: Localised }
  | { kind: 'list'; items: readonly ListItem[] }
  /** Warning signs of one tier, taken from signs.ts, under a sub-heading, then what to do. */
  | { kind: 'signs'; tier: 'emergency' | 'today'; title: Localised }
  /** "Call 911" (or the local words) followed by `text`. */
  | { kind: 'emergency'; text: Localised }
  /** `text`, then the region's crisis lines with their call, text and chat links. */
  | { kind: 'crisis-lines'; text: Localised }
  /** `text`, then the link to the helpline directory. */
  | { kind: 'hotline-directory'; text: Localised }
  /** `text`, then the emergency number and the region's first crisis line as actions. */
  | { kind: 'crisis-now'; text: Localised }
  /** `text`, then the clinic's name and phone. */
  | { kind: 'clinic'; text: Localised }
) & { sources?: readonly string[] };

export interface GuideSection extends Sourced {
  id: SectionId;
  title: Localised;
  blocks: readonly Block[];
}

/** When the guide's text as a whole was last compared with clinical-facts.md; shown in the Sources footer. */
export const GUIDE_REVIEWED = '2026-11-28';

/** Opening words, before the sections (the outline's "Tone"). */
export const GUIDE_INTRO: readonly Localised[] = [
  {
    en: 'Losing a pregnancy is a kind of grief that no one can prepare for. You may have good days and hard days. Both are normal.',
  },
  {
    en: 'The loss can hurt your heart as much as your body, or even more. Changing hormones, poor sleep, depression and feeling worn out can make it feel heavier. You are not alone.',
  },
  {
    en: 'This guide is here to help, gently. It tells you what healing may look like, and small steps that can help your body and your feelings heal.',
  },
];

const emotions: GuideSection = {
  id: 'emotions',
  title: { en: 'The feelings you may have' },
  sources: ['CF-EMOTIONAL', 'F20', 'F21'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    { kind: 'paragraph', text: { en: 'After a miscarriage, you may feel many things. Some of them may surprise you. You might feel:' } },
    {
      kind: 'list',
      items: [
        { en: 'Sad' },
        { en: 'Guilty, or as if it was your fault' },
        { en: 'Numb, as if you feel nothing at all' },
        { en: 'Angry' },
        { en: 'Confused' },
        { en: 'A need to blame yourself or someone else' },
        { en: 'As if it is not real' },
      ],
    },
    {
      kind: 'paragraph',
      text: { en: 'All of these feelings are okay. Everyone grieves in their own way. There is no right way to grieve, and no time limit.' },
    },
    {
      kind: 'paragraph',
      text: { en: 'You did not only lose a pregnancy. You may have lost hopes, plans and the future you pictured. It makes sense to grieve all of that.' },
    },
    {
      kind: 'paragraph',
      text: { en: 'Many people feel worried or low for weeks or months. In one large study, about 1 in 4 women had strong worry a month after their loss. For many, it eased over the next months.' },
      sources: ['F20'],
    },
    { kind: 'subheading', text: { en: 'If you have a partner' } },
    {
      kind: 'paragraph',
      text: { en: 'Partners grieve too. They may grieve in a different way than you. This can make it hard to talk. That is why talking matters even more. Try to share how you feel, and listen to each other.' },
      sources: ['F21'],
    },
    { kind: 'paragraph', text: { en: 'Nothing you feel is wrong. Help is here when you want it.' } },
  ],
};

const physical: GuideSection = {
  id: 'physical',
  title: { en: 'How your body heals' },
  sources: ['TOM2', 'ALB', 'BPAS', 'Mayo*', 'MED', 'SW', 'SFP', 'NICE', 'ACOG-Rh'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: { en: 'How long it takes to heal depends on how far along you were. It also depends on whether you needed medicine or a procedure.' },
    },
    { kind: 'subheading', text: { en: 'What is common' } },
    {
      kind: 'list',
      items: [
        { en: 'Cramps or a mild ache in your belly. Cramps can last up to about 10 days.' },
        {
          en: 'Bleeding. It may be like a heavy period for a day or so, then get lighter over 1 to 2 weeks. Light spotting can go on a little longer. If bleeding lasts past 2 to 3 weeks, call your clinic.',
        },
        { en: 'Sore or tender breasts.' },
        { en: 'Feeling very tired.' },
        { en: 'Mood swings as your hormones change.' },
      ],
      sources: ['ALB', 'TOM2', 'BPAS'],
    },
    { kind: 'subheading', text: { en: 'Getting back to daily life' } },
    {
      kind: 'paragraph',
      text: { en: 'Most people get back to their usual day within a few days. Rest when you need to.' },
    },
    {
      kind: 'paragraph',
      text: { en: 'Use pads, not tampons or cups, until the bleeding stops. Your provider may also ask you to wait to have sex until the bleeding stops and your womb has healed. This is often about 2 weeks.' },
      sources: ['Mayo*', 'MED', 'SW'],
    },
    { kind: 'subheading', text: { en: 'Your follow-up visits' } },
    {
      kind: 'paragraph',
      text: { en: 'Please go to your follow-up visits. They check that your body is healing well. They are also a good time to ask questions.' },
      sources: ['SFP', 'NICE'],
    },
    {
      kind: 'paragraph',
      text: { en: 'If your blood type is Rh-negative, ask your provider whether you need a shot.' },
      sources: ['ACOG-Rh'],
    },
    { kind: 'subheading', text: { en: 'Warning signs' } },
    {
      kind: 'paragraph',
      text: { en: 'Some signs can mean a problem, such as an infection or losing too much blood. Get help right away if you notice any of them.' },
    },
    { kind: 'signs', tier: 'emergency', title: { en: 'Get emergency care now' } },
    { kind: 'signs', tier: 'today', title: { en: 'Call your clinic today' } },
  ],
};

const wellbeing: GuideSection = {
  id: 'wellbeing',
  title: { en: 'Caring for your feelings' },
  sources: ['CF-EMOTIONAL'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: { en: 'Your feelings often take longer to heal than your body. Here are five ways to help yourself.' },
    },
    {
      kind: 'list',
      items: [
        {
          lead: { en: 'Let yourself grieve.' },
          text: { en: 'Your loss is real. Crying, resting and taking time to think are all part of healing.' },
        },
        {
          lead: { en: 'Lean on people who care.' },
          text: { en: 'Reach out to your partner, a friend you trust, your family, or a faith leader.' },
        },
        {
          lead: { en: 'Get help from an expert when you need it.' },
          text: { en: 'Therapists, counselors and support groups help with grief, worry and depression. Reach out if your sadness feels too big, or if it does not lift.' },
        },
        {
          lead: { en: 'Be gentle with yourself.' },
          text: { en: 'Rest, eat well and get some fresh air. Do not push yourself too fast. Healing is not a straight line.' },
        },
        {
          lead: { en: 'Talk with your doctor.' },
          text: { en: 'Your women’s health doctor can explain what happened and help put your mind at ease. When you are ready, and only if you want to, they can talk with you about a future pregnancy.' },
        },
      ],
    },
  ],
};

const support: GuideSection = {
  id: 'support',
  title: { en: 'When to get more support' },
  sources: ['CF-EMOTIONAL', 'CF-TRIAGE'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: { en: 'Feelings come and go. But some feelings get too heavy to carry alone. Talk with your doctor or a mental health expert if you have:' },
    },
    {
      kind: 'list',
      items: [
        { en: 'Sadness, hopelessness or numbness that does not go away' },
        { en: 'Strong worry or panic' },
        { en: 'Trouble sleeping or eating' },
        { en: 'A hard time getting through your day' },
        { en: 'Feelings like these for more than 2 weeks' },
        { en: 'No one to talk to' },
        { en: 'A need to use alcohol or drugs to cope' },
      ],
    },
    {
      kind: 'crisis-now',
      text: { en: 'If you have thoughts of hurting yourself, or of not wanting to go on, that is a crisis. Please get help now.' },
      sources: ['CF-EMOTIONAL', 'CF-LINES'],
    },
  ],
};

const crisis: GuideSection = {
  id: 'crisis',
  title: { en: 'If you are in crisis' },
  sources: ['CF-LINES'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: { en: 'You may feel you cannot stay safe, or fear you might hurt yourself. If so, get help now. You do not have to wait.' },
    },
    { kind: 'emergency', text: { en: 'if you are in danger right now.' } },
    { kind: 'crisis-lines', text: { en: 'To talk with someone right now, call or text a crisis line:' } },
    { kind: 'hotline-directory', text: { en: 'Outside the United States? A free list can help you find a helpline where you live.' } },
    {
      kind: 'list',
      items: [
        { en: 'Go to the nearest emergency room or urgent care center.' },
        { en: 'Tell someone you trust that you need help. This could be a friend, your partner or someone in your family.' },
      ],
    },
    {
      kind: 'paragraph',
      text: { en: 'Reaching out is brave. It is a sign of strength, not weakness. You are not alone.' },
    },
  ],
};

const contact: GuideSection = {
  id: 'contact',
  title: { en: 'We are here for you' },
  sources: ['NICE'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    { kind: 'paragraph', text: { en: 'Healing is possible. It takes time, patience and people who care about you.' } },
    {
      kind: 'list',
      items: [
        { en: 'Be gentle and patient with yourself.' },
        { en: 'Lean on the people who support you.' },
        { en: 'Work with your doctor on how your body and your feelings are healing.' },
      ],
    },
    {
      kind: 'clinic',
      text: { en: 'Call your care team with any question, big or small. Help and hope are here for you.' },
      sources: ['NICE'],
    },
  ],
};

export const GUIDE_SECTIONS: readonly GuideSection[] = [emotions, physical, wellbeing, support, crisis, contact];

export function guideSection(id: string): GuideSection | undefined {
  return GUIDE_SECTIONS.find((s) => s.id === id);
}

/** The body warning signs of one tier, from signs.ts: the same list the checklist shows. */
export function warningSigns(tier: 'emergency' | 'today'): readonly Sign[] {
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
export function sectionText(section: GuideSection, lang: Lang = 'en', temperature: 'F' | 'C' = 'F'): string[] {
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
      default:
        out.push(block.text[lang]);
    }
  }
  return out;
}

/** Short titles for the source ids, from clinical-facts.md's source key. */
export const SOURCES: Readonly<Record<string, string>> = {
  NICHD: 'NICHD (NIH): Pregnancy loss symptoms',
  UTD: 'UpToDate patient discharge: Vaginal bleeding in early pregnancy',
  ALB: 'MyHealth Alberta: After Your Miscarriage: Your Body',
  SW: 'StayWell: Discharge Instructions for Miscarriage',
  TOM1: 'Tommy’s: I think I’m having a miscarriage',
  TOM2: 'Tommy’s: What happens to my body during and after a miscarriage?',
  BPAS: 'BPAS: Miscarriage recovery',
  MKUH: 'NHS leaflet (MKUH): Expectant management of miscarriage',
  'NHS-M': 'NHS: Miscarriage',
  'NHS-E': 'NHS: Ectopic pregnancy',
  MED: 'Medscape: Early Pregnancy Loss',
  NICE: 'NICE guideline NG126: Ectopic pregnancy and miscarriage',
  'ACOG-Rh': 'ACOG practice update on Rh(D) immune globulin, September 2024',
  SFP: 'Society of Family Planning: Early pregnancy loss',
  F20: 'American Journal of Obstetrics & Gynecology 2020;222(4):367.e1 (a study of 737 women)',
  F21: 'Ultrasound in Obstetrics & Gynecology 2021;57:141 (partners after pregnancy loss)',
  'Mayo*': 'Mayo Clinic: Miscarriage recovery (read through a copy)',
  'CF-TRIAGE': 'Haven clinical facts: triage table',
  'CF-EMOTIONAL': 'Haven clinical facts: emotional health',
  'CF-LINES': 'Haven clinical facts: crisis and support lines',
};

/** Interface words of <haven-recovery-guide>. */
export const GUIDE_STRINGS = {
  en: {
    title: 'Healing after pregnancy loss',
    contents: 'Contents',
    progress: (n: number, total: number) => `Section ${n} of ${total}`,
    previous: 'Previous',
    next: 'Next',
    print: 'Print this guide',
    sources: 'Sources',
    sourcesLead: 'This guide is based on these sources:',
    lastReviewed: 'Last reviewed',
    untitled: 'More from your clinic',
    emergencyThen: 'or go to the nearest emergency room.',
    clinicForPrint: 'Your clinic',
  },
} as const satisfies Record<Lang, Record<string, unknown>>;

export type GuideStrings = (typeof GUIDE_STRINGS)['en'];
