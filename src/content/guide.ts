/**
 * The recovery guide's content: six sections that carry every point of the clinic's patient guide, in our own
 * words, written for about a 6th-grade reading level (tests/readability.test.ts checks each section: Flesch–Kincaid
 * in English, Fernández-Huerta in Spanish). Spanish says "usted" and "pérdida del embarazo" where English says
 * "miscarriage"; it needs a bilingual clinician's review before release. `sources` holds source ids from
 * docs/clinical-sources.md (sources.ts), where each is named with its public address.
 *
 * Content is data: <haven-recovery-guide> renders these blocks with templates, never as HTML. Blocks that show
 * numbers (warning signs, emergency and crisis lines, the clinic) carry only their lead-in words here; the numbers
 * come from signs.ts and contacts.ts, so the guide, the checklist and the banner always agree.
 */
import { SIGNS, signLabel, type Sign, type Tier } from './signs.js';
import { ownOnly, type Lang, type Localised, type Sourced, type TemperatureUnit } from './types.js';

export type SectionId = 'emotions' | 'physical' | 'wellbeing' | 'support' | 'crisis' | 'contact';
export const SECTION_IDS: readonly SectionId[] = ['emotions', 'physical', 'wellbeing', 'support', 'crisis', 'contact'];

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
  /** `text`, then the link to the helpline directory. */
  | { kind: 'hotline-directory'; text: Localised }
  /** `text`, then the emergency number and the region's first crisis line as actions. */
  | { kind: 'crisis-now'; text: Localised }
  /** `text`, then the clinic's name and phone. */
  | { kind: 'clinic'; text: Localised }
  /** `text`, then the region's support lines (not crisis lines), each with its hours. */
  | { kind: 'support-lines'; text: Localised }
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
  {
    en: 'Losing a pregnancy is a kind of grief that no one can prepare for. You may have good days and hard days. Both are normal.',
    es: 'Perder un embarazo es un tipo de duelo para el que nadie está preparado. Puede tener días buenos y días difíciles. Las dos cosas son normales.',
  },
  {
    en: 'The loss can hurt your heart as much as your body, or even more. Changing hormones, poor sleep, depression and feeling worn out can make it feel heavier. You are not alone.',
    es: 'La pérdida puede doler en el corazón tanto como en el cuerpo, o aún más. Los cambios en las hormonas, dormir mal, la depresión y el agotamiento pueden hacer que pese más. No tiene que pasar por esto a solas.',
  },
  {
    en: 'This guide is here to help, gently. It tells you what healing may look like, and small steps that can help your body and your feelings heal.',
    es: 'Esta guía quiere ayudarle con cariño. Le cuenta cómo puede ser la recuperación, y le da pequeños pasos que pueden ayudar a sanar su cuerpo y sus sentimientos.',
  },
]);

const emotions: GuideSection = {
  id: 'emotions',
  title: { en: 'The feelings you may have', es: 'Los sentimientos que puede tener' },
  sources: ['UTD-LOSS', 'F20', 'F21'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: {
        en: 'After a miscarriage, you may feel many things. Some of them may surprise you. You might feel:',
        es: 'Después de una pérdida del embarazo, puede sentir muchas cosas. Algunas pueden sorprenderle. Tal vez sienta:',
      },
    },
    {
      kind: 'list',
      items: [
        { en: 'Sad', es: 'Tristeza' },
        { en: 'Guilty, or as if it was your fault', es: 'Culpa, como si hubiera sido culpa suya' },
        { en: 'Numb, as if you feel nothing at all', es: 'Vacío, como si no sintiera nada' },
        { en: 'Angry', es: 'Enojo' },
        { en: 'Confused', es: 'Confusión' },
        { en: 'A need to blame yourself or someone else', es: 'Ganas de culparse o de culpar a otra persona' },
        { en: 'As if it is not real', es: 'Que esto no es real' },
      ],
    },
    {
      kind: 'paragraph',
      text: {
        en: 'A miscarriage is almost never caused by anything you did or did not do. Please try not to blame yourself.',
        es: 'Una pérdida del embarazo casi nunca se debe a algo que usted hizo o dejó de hacer. Trate de no culparse.',
      },
      sources: ['UTD-LOSS', 'TOM3', 'HSE', 'MA'],
    },
    {
      kind: 'paragraph',
      text: {
        en: 'All of these feelings are okay. Everyone grieves in their own way. There is no right way to grieve, and no time limit.',
        es: 'Todos estos sentimientos están bien. Cada persona vive el duelo a su manera. No hay una forma correcta de vivirlo, ni un tiempo límite.',
      },
    },
    {
      kind: 'paragraph',
      text: {
        en: 'You did not only lose a pregnancy. You may have lost hopes, plans and the future you pictured. It makes sense to grieve all of that.',
        es: 'No solo perdió un embarazo. Tal vez también perdió sueños, planes y el futuro que imaginaba. Es normal sentir dolor por todo eso.',
      },
    },
    {
      kind: 'paragraph',
      text: {
        en: 'Many people feel worried or low for weeks or months. In one large study, about 1 in 4 women had strong worry a month after their loss. For many, it eased over the next months, but for some it lasted longer.',
        es: 'Muchas personas sienten preocupación o tristeza durante semanas o meses. En un estudio grande, cerca de 1 de cada 4 mujeres tenía mucha preocupación un mes después de su pérdida. Para muchas, fue bajando en los meses siguientes, pero para algunas duró más.',
      },
      sources: ['F20'],
    },
    { kind: 'subheading', text: { en: 'If you have a partner', es: 'Si tiene pareja' } },
    {
      kind: 'paragraph',
      text: {
        en: 'Partners grieve too. They may grieve in a different way than you. This can make it hard to talk. That is why talking matters even more. Try to share how you feel, and listen to each other.',
        es: 'Su pareja también vive el duelo. Puede vivirlo de una forma distinta a la suya. Esto puede hacer difícil hablar. Por eso, hablar es aún más importante. Trate de contar lo que siente, y escúchense mutuamente.',
      },
      sources: ['F21'],
    },
    {
      kind: 'paragraph',
      text: {
        en: 'Nothing you feel is wrong. Help is here when you want it.',
        es: 'Nada de lo que siente está mal. Aquí hay ayuda cuando la quiera.',
      },
    },
  ],
};

const physical: GuideSection = {
  id: 'physical',
  title: { en: 'How your body heals', es: 'Cómo sana su cuerpo' },
  sources: ['TOM2', 'ALB', 'MED', 'SW'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: {
        en: 'How long it takes to heal depends on how far along you were. It also depends on whether you needed medicine or a procedure.',
        es: 'El tiempo que tarda en sanar depende de cuántas semanas de embarazo tenía. También depende de si necesitó medicinas o un procedimiento.',
      },
    },
    { kind: 'subheading', text: { en: 'What is common', es: 'Lo que es común' } },
    {
      kind: 'list',
      items: [
        {
          en: 'Cramps or a mild ache in your belly. Cramps can last up to about 10 days.',
          es: 'Cólicos o un dolor leve en el vientre. Los cólicos pueden durar hasta unos 10 días.',
        },
        {
          en: 'Bleeding. It may be like a heavy period for a day or so, then get lighter over 1 to 2 weeks. Light spotting can go on a little longer. If bleeding lasts past 3 weeks, call your clinic.',
          es: 'Sangrado. Puede ser como una regla fuerte por un día más o menos, y luego disminuir en 1 a 2 semanas. Unas manchas de sangre pueden durar un poco más. Si el sangrado dura más de 3 semanas, llame a su clínica.',
        },
        { en: 'Sore or tender breasts.', es: 'Senos adoloridos o sensibles.' },
        { en: 'Feeling very tired.', es: 'Mucho cansancio.' },
        { en: 'Mood swings as your hormones change.', es: 'Cambios de humor porque sus hormonas cambian.' },
      ],
      sources: ['ALB', 'TOM2'],
    },
    {
      kind: 'paragraph',
      text: {
        en: 'These times are for a loss early in pregnancy. After a later loss, bleeding can last longer, about 4 to 6 weeks, and your breasts may make milk.',
        es: 'Estos tiempos son para una pérdida al principio del embarazo. Después de una pérdida más tarde, el sangrado puede durar más, unas 4 a 6 semanas, y sus senos pueden producir leche.',
      },
      sources: ['ALB'],
    },
    { kind: 'subheading', text: { en: 'Getting back to daily life', es: 'Volver a la vida diaria' } },
    {
      kind: 'paragraph',
      text: {
        en: 'Most people get back to their usual day within a few days. Rest when you need to.',
        es: 'La mayoría de las personas vuelve a su rutina en pocos días. Descanse cuando lo necesite.',
      },
    },
    {
      kind: 'paragraph',
      text: {
        en: 'Use pads, not tampons or cups, until the bleeding stops. Your provider may also ask you to wait to have sex until the bleeding stops and your womb has healed. This is often about 2 weeks.',
        es: 'Use toallas sanitarias, no tampones ni copas menstruales, hasta que pare el sangrado. Su proveedor de salud también puede pedirle que espere para tener relaciones sexuales hasta que pare el sangrado y su útero haya sanado. Esto suele ser unas 2 semanas.',
      },
      sources: ['ALB', 'MED', 'SW'],
    },
    { kind: 'subheading', text: { en: 'Your follow-up visits', es: 'Sus citas de seguimiento' } },
    {
      kind: 'paragraph',
      text: {
        en: 'Please go to your follow-up visits. They check that your body is healing well. They are also a good time to ask questions.',
        es: 'Por favor, vaya a sus citas de seguimiento. En ellas revisan que su cuerpo esté sanando bien. También son un buen momento para hacer preguntas.',
      },
      sources: ['NICE'],
    },
    {
      kind: 'paragraph',
      text: {
        en: 'If your blood type is Rh-negative, or you do not know it, ask your provider whether you need a shot. Ask within 3 days (72 hours) of the bleeding, because the shot works best by then.',
        es: 'Si su tipo de sangre es Rh negativo, o no lo sabe, pregunte a su proveedor de salud si necesita una inyección. Pregunte dentro de los 3 días (72 horas) después del sangrado, porque la inyección funciona mejor en ese plazo.',
      },
      sources: ['ACOG-Rh', 'SMFM', 'NICE', 'SHOT'],
    },
    { kind: 'subheading', text: { en: 'Warning signs', es: 'Señales de alarma' } },
    {
      kind: 'paragraph',
      text: {
        en: 'Some signs can mean a problem, such as an infection or losing too much blood. Get help right away if you notice any of them.',
        es: 'Algunas señales pueden indicar un problema, como una infección o perder demasiada sangre. Busque ayuda enseguida si nota alguna de ellas.',
      },
    },
    { kind: 'signs', tier: 'emergency', title: { en: 'Get emergency care now', es: 'Busque atención de emergencia ahora' } },
    {
      kind: 'signs',
      tier: 'now',
      title: { en: 'Get care right away, at any hour', es: 'Busque atención enseguida, a cualquier hora' },
    },
    { kind: 'signs', tier: 'today', title: { en: 'Call your clinic today', es: 'Llame hoy a su clínica' } },
  ],
};

const wellbeing: GuideSection = {
  id: 'wellbeing',
  title: { en: 'Caring for your feelings', es: 'Cómo cuidar sus sentimientos' },
  sources: ['MAUS'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: {
        en: 'Your feelings often take longer to heal than your body. Here are five ways to help yourself.',
        es: 'Sus sentimientos a menudo tardan más en sanar que su cuerpo. Aquí tiene cinco maneras de ayudarse.',
      },
    },
    {
      kind: 'list',
      items: [
        {
          lead: { en: 'Let yourself grieve.', es: 'Permítase vivir el duelo.' },
          text: {
            en: 'Your loss is real. Crying, resting and taking time to think are all part of healing.',
            es: 'Su pérdida es real. Llorar, descansar y tomarse tiempo para pensar son parte de sanar.',
          },
        },
        {
          lead: { en: 'Lean on people who care.', es: 'Apóyese en quienes se preocupan por usted.' },
          text: {
            en: 'Reach out to your partner, a friend you trust, your family, or a faith leader.',
            es: 'Acuda a su pareja, a una amistad de confianza, a su familia o a un líder de su fe.',
          },
        },
        {
          lead: { en: 'Get help from an expert when you need it.', es: 'Pida ayuda a un experto cuando la necesite.' },
          text: {
            en: 'Therapists, counselors and support groups help with grief, worry and depression. Reach out if your sadness feels too big, or if it does not lift.',
            es: 'Los terapeutas, los consejeros y los grupos de apoyo ayudan con el duelo, la preocupación y la depresión. Pida ayuda si su tristeza es demasiado grande, o si no se le quita.',
          },
        },
        {
          lead: { en: 'Be gentle with yourself.', es: 'Trátese con cariño.' },
          text: {
            en: 'Rest, eat well and get some fresh air. Do not push yourself too fast. Healing is not a straight line.',
            es: 'Descanse, coma bien y tome aire fresco. No se presione para ir muy rápido. Sanar no es un camino recto.',
          },
        },
        {
          lead: { en: 'Talk with your doctor.', es: 'Hable con su médico.' },
          text: {
            en: 'Your women’s health doctor can explain what happened and help put your mind at ease. When you are ready, and only if you want to, they can talk with you about a future pregnancy.',
            es: 'Su médico puede explicarle lo que pasó y darle tranquilidad. Cuando llegue el momento, y solo si usted quiere, puede hablar con usted sobre un futuro embarazo.',
          },
        },
      ],
    },
  ],
};

const support: GuideSection = {
  id: 'support',
  title: { en: 'When to get more support', es: 'Cuándo buscar más apoyo' },
  sources: ['MAUS', 'PANDA', 'NMMHH'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: {
        en: 'Feelings come and go. But some feelings get too heavy to carry alone. Talk with your doctor or a mental health expert if you have:',
        es: 'Los sentimientos van y vienen. Pero algunos pesan demasiado para cargarlos a solas. Hable con su médico o con un experto en salud mental si tiene:',
      },
    },
    {
      kind: 'list',
      items: [
        {
          en: 'Sadness, hopelessness or numbness that does not go away',
          es: 'Tristeza, desesperanza o un vacío que no se quita',
        },
        { en: 'Strong worry or panic', es: 'Mucha preocupación o pánico' },
        { en: 'Trouble sleeping or eating', es: 'Problemas para dormir o comer' },
        { en: 'A hard time getting through your day', es: 'Dificultad para pasar el día' },
        { en: 'Feelings like these for more than 2 weeks', es: 'Sentimientos como estos por más de 2 semanas' },
        { en: 'No one to talk to', es: 'Nadie con quien hablar' },
        { en: 'A need to use alcohol or drugs to cope', es: 'Necesidad de usar alcohol o drogas para sobrellevar lo que siente' },
      ],
    },
    {
      kind: 'support-lines',
      text: {
        en: 'These lines offer support and a listening ear. They are not crisis lines.',
        es: 'Estas líneas ofrecen apoyo y alguien que le escuche. No son líneas de crisis.',
      },
    },
    {
      kind: 'crisis-now',
      text: {
        en: 'If you have thoughts of hurting yourself, or of not wanting to go on, that is a crisis. Please get help now.',
        es: 'Si tiene pensamientos de hacerse daño, o de no querer seguir viviendo, eso es una crisis. Por favor, busque ayuda ahora.',
      },
      sources: ['988'],
    },
  ],
};

const crisis: GuideSection = {
  id: 'crisis',
  title: { en: 'If you are in crisis', es: 'Si está en crisis' },
  sources: ['988'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: {
        en: 'You may feel you cannot stay safe, or fear you might hurt yourself. If so, get help now. You do not have to wait.',
        es: 'Tal vez sienta que no puede estar a salvo, o tenga miedo de hacerse daño. Si es así, busque ayuda ahora. No tiene que esperar.',
      },
    },
    // Read after the emergency call link: "Call 911 if you are in danger right now."
    { kind: 'emergency', text: { en: 'if you are in danger right now.', es: 'si está en peligro ahora mismo.' } },
    {
      kind: 'crisis-lines',
      text: {
        en: 'To talk with someone right now, call or text a crisis line:',
        es: 'Para hablar con alguien ahora mismo, llame o envíe un mensaje de texto a una línea de crisis:',
      },
    },
    // The element puts the region's "Outside the United States?" (strings.ts `outsideQuestion`) before this text.
    {
      kind: 'hotline-directory',
      text: {
        en: 'A free list can help you find a helpline where you live.',
        es: 'Una lista gratuita puede ayudarle a encontrar una línea de ayuda donde usted vive.',
      },
    },
    { kind: 'go-to-hospital' },
    {
      kind: 'paragraph',
      text: {
        en: 'Tell someone you trust that you need help. This could be a friend, your partner or someone in your family.',
        es: 'Dígale a alguien de confianza que necesita ayuda. Puede ser una amistad, su pareja o alguien de su familia.',
      },
    },
    {
      kind: 'paragraph',
      text: {
        en: 'Reaching out is brave. It is a sign of strength, not weakness. You are not alone.',
        es: 'Pedir ayuda es un acto de valentía. Es una señal de fuerza, no de debilidad. No tiene que pasar por esto a solas.',
      },
    },
  ],
};

const contact: GuideSection = {
  id: 'contact',
  title: { en: 'We are here for you', es: 'Estamos aquí para usted' },
  sources: ['NICE'],
  reviewed: GUIDE_REVIEWED,
  blocks: [
    {
      kind: 'paragraph',
      text: {
        en: 'Healing is possible. It takes time, patience and people who care about you.',
        es: 'Sanar es posible. Se necesita tiempo, paciencia y personas que se preocupen por usted.',
      },
    },
    {
      kind: 'list',
      items: [
        { en: 'Be gentle and patient with yourself.', es: 'Tenga paciencia y trátese con cariño.' },
        { en: 'Lean on the people who support you.', es: 'Apóyese en las personas que le dan apoyo.' },
        {
          en: 'Work with your doctor on how your body and your feelings are healing.',
          es: 'Trabaje con su médico para que su cuerpo y sus sentimientos sanen.',
        },
      ],
    },
    {
      kind: 'clinic',
      text: {
        en: 'Call your care team with any question, big or small. Help and hope are here for you.',
        es: 'Llame a su equipo de atención con cualquier pregunta, grande o pequeña. Aquí hay ayuda y esperanza para usted.',
      },
      sources: ['NICE'],
    },
  ],
};

export const GUIDE_SECTIONS: readonly GuideSection[] = ownOnly([emotions, physical, wellbeing, support, crisis, contact]);

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

/** Interface words of <haven-recovery-guide>. Each language has the shape of the English one (`GuideStrings`). */
const guideEn = {
  title: 'Healing after pregnancy loss',
  contents: 'Contents',
  progress: (n: number, total: number) => `Section ${n} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  print: 'Print this guide',
  sources: 'Sources',
  sourcesLead: 'This guide is based on these sources:',
  lastReviewed: 'Compared with these sources',
  reviewDue: 'Next review due',
  untitled: 'More from your clinic',
};

export type GuideStrings = typeof guideEn;

const guideEs: GuideStrings = {
  title: 'Sanar después de una pérdida del embarazo',
  contents: 'Contenido',
  progress: (n: number, total: number) => `Sección ${n} de ${total}`,
  previous: 'Anterior',
  next: 'Siguiente',
  print: 'Imprimir esta guía',
  sources: 'Fuentes',
  sourcesLead: 'Esta guía se basa en estas fuentes:',
  lastReviewed: 'Comparada con estas fuentes',
  reviewDue: 'Próxima revisión',
  untitled: 'Más información de su clínica',
};

export const GUIDE_STRINGS: Readonly<Record<Lang, GuideStrings>> = ownOnly({ en: guideEn, es: guideEs });
