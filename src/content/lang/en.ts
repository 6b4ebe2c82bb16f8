/**
 * English: every word Haven shows, in one module. English is the reference language: the shape of these
 * dictionaries is the type every other language must match (`Words`), so a language that misses a key, has one too
 * many, or gives a function other parameters does not compile. English is always registered (content/registry.ts)
 * and is the fallback for anything else. Language-neutral data (sign ids and tiers, sources, numbers, hours, dial
 * plans) stays in signs.ts, guide.ts and contacts.ts, which name their words by key (`t('sign.fever.label')`).
 */
import type { SignGroup, Tier } from '../signs.js';
import type { TierText } from '../triage.js';

/** The warning signs' words, by key (signs.ts): each sign's label and care note. */
export const signs = {
  'sign.soaking-pads.label': 'Bleeding that soaks one or more thick pads an hour, two hours in a row',
  'sign.bleeding-and-faint.label': 'Bleeding and you feel dizzy, faint or very pale, or your heart is racing',
  'sign.fainted.label': 'You fainted or collapsed',
  'sign.sudden-severe-pain.label': 'Sudden or very bad pain in your belly, much worse than period cramps',
  'sign.shoulder-tip-pain.label': 'Pain in the tip of your shoulder, where your shoulder ends and your arm starts',
  'sign.chest-pain-or-breathless.label': 'Chest pain, or it is very hard to breathe',
  'sign.swollen-leg.label': 'A leg that is red, swollen and painful',
  'sign.confused-or-drowsy.label': 'You feel confused or very sleepy, or your speech is slurred',
  'sign.blotchy-skin.label': 'Skin that looks blotchy, bluish or very pale',
  'sign.shivering-hard.label': 'Shivering or shaking hard that you cannot stop, or very bad pain in your muscles',
  'sign.no-urine.label': 'You have not peed all day',
  'sign.low-temperature.label': 'A temperature below {low}',
  'sign.feel-might-die.label': 'You feel very ill, as if something is badly wrong or you might die',
  'sign.fever.label': 'A temperature of {fever} or higher, or chills',
  'sign.fever.care': 'Shivering you cannot stop, feeling confused, or feeling very ill is an emergency.',
  'sign.bad-smell.label': 'Discharge from your vagina that smells bad',
  'sign.large-clots.label': 'Clots bigger than a walnut',
  'sign.pain-worse.label': 'Pain that gets worse, or that pain medicine does not ease',
  'sign.bleeding-heavier-again.label': 'Bleeding that had slowed down gets heavy or bright red again',
  'sign.bleeding-heavier-again.care': 'If it soaks a thick pad an hour, or you feel faint, that is an emergency.',
  'sign.one-sided-pain.label': 'Pain low on one side of your belly that does not go away',
  'sign.rh-negative.label': 'Your blood type is Rh-negative, or you do not know it, and no one has talked with you about a shot for it',
  'sign.rh-negative.care': 'Ask within 3 days (72 hours) of the bleeding, when the shot works best if you need it. If it has been longer, still ask.',
  'sign.positive-test-3-weeks.label': 'A pregnancy test that is still positive 3 weeks after the miscarriage',
  'sign.bleeding-over-3-weeks.label': 'Light bleeding that goes on for more than 3 weeks',
  'sign.no-period.label': 'No period by 6 to 8 weeks after the miscarriage',
  'sign.questions.label': 'Questions about why it happened, trying again, birth control, or having more than one loss',
  'sign.cramping.label': 'Cramps like period pain',
  'sign.cramping.care': 'Cramps can last up to about 10 days. A heating pad can help, and pain medicine like ibuprofen if it is safe for you.',
  'sign.tapering-bleeding.label': 'Bleeding like a period, with small clots, that gets lighter over time',
  'sign.tapering-bleeding.care': 'It usually gets lighter over 1 to 2 weeks. Use pads, not tampons or cups. If it goes on past 3 weeks, call your clinic.',
  'sign.breast-tenderness.label': 'Sore or tender breasts',
  'sign.breast-tenderness.care': 'This fades as your hormones settle. A bra that gives good support and a cool pack may help. Do not bind your breasts.',
  'sign.tiredness.label': 'Feeling very tired',
  'sign.tiredness.care': 'Your body is healing. Rest when you can, eat well and drink water.',
  'sign.plan-to-act.label': 'You have a plan to end your life, or you feel you might act on thoughts of harming yourself',
  'sign.thoughts-of-self-harm.label': 'Thoughts of hurting yourself, or of not wanting to go on',
  'sign.low-mood-lasting.label': 'Sadness, hopelessness, panic or flashbacks that last more than 2 weeks or make daily life hard',
  'sign.sleep-or-eating.label': 'Trouble sleeping, eating or getting through the day that is not getting better',
  'sign.alcohol-or-drugs.label': 'Using alcohol or drugs to cope',
  'sign.mood-swings.label': 'Crying easily, mood swings, or feeling low some days',
  'sign.mood-swings.care': 'Grief comes and goes. Be gentle with yourself and talk with someone you trust.',
};

/** The guide's words, by key (guide.ts): the introduction and every section's text. */
export const guideText = {
  'guide.intro.0': 'Losing a pregnancy is a kind of grief that no one can prepare for. You may have good days and hard days. Both are normal.',
  'guide.intro.1': 'The loss can hurt your heart as much as your body, or even more. Changing hormones, poor sleep, depression and feeling worn out can make it feel heavier. You are not alone.',
  'guide.intro.2': 'This guide is here to help, gently. It tells you what healing may look like, and small steps that can help your body and your feelings heal.',
  'guide.emotions.title': 'The feelings you may have',
  'guide.emotions.blocks.0.text': 'After a miscarriage, you may feel many things. Some of them may surprise you. You might feel:',
  'guide.emotions.blocks.1.items.0': 'Sad',
  'guide.emotions.blocks.1.items.1': 'Guilty, or as if it was your fault',
  'guide.emotions.blocks.1.items.2': 'Numb, as if you feel nothing at all',
  'guide.emotions.blocks.1.items.3': 'Angry',
  'guide.emotions.blocks.1.items.4': 'Confused',
  'guide.emotions.blocks.1.items.5': 'A need to blame yourself or someone else',
  'guide.emotions.blocks.1.items.6': 'As if it is not real',
  'guide.emotions.blocks.2.text': 'A miscarriage is almost never caused by anything you did or did not do. Please try not to blame yourself.',
  'guide.emotions.blocks.3.text': 'All of these feelings are okay. Everyone grieves in their own way. There is no right way to grieve, and no time limit.',
  'guide.emotions.blocks.4.text': 'You did not only lose a pregnancy. You may have lost hopes, plans and the future you pictured. It makes sense to grieve all of that.',
  'guide.emotions.blocks.5.text': 'Many people feel worried or low for weeks or months. In one large study, about 1 in 4 women had strong worry a month after their loss. For many, it eased over the next months, but for some it lasted longer.',
  'guide.emotions.blocks.6.text': 'If you have a partner',
  'guide.emotions.blocks.7.text': 'Partners grieve too. They may grieve in a different way than you. This can make it hard to talk. That is why talking matters even more. Try to share how you feel, and listen to each other.',
  'guide.emotions.blocks.8.text': 'Nothing you feel is wrong. Help is here when you want it.',
  'guide.physical.title': 'How your body heals',
  'guide.physical.blocks.0.text': 'How long it takes to heal depends on how far along you were. It also depends on whether you needed medicine or a procedure.',
  'guide.physical.blocks.1.text': 'What is common',
  'guide.physical.blocks.2.items.0': 'Cramps or a mild ache in your belly. Cramps can last up to about 10 days.',
  'guide.physical.blocks.2.items.1': 'Bleeding. It may be like a heavy period for a day or so, then get lighter over 1 to 2 weeks. Light spotting can go on a little longer. If bleeding lasts past 3 weeks, call your clinic.',
  'guide.physical.blocks.2.items.2': 'Sore or tender breasts.',
  'guide.physical.blocks.2.items.3': 'Feeling very tired.',
  'guide.physical.blocks.2.items.4': 'Mood swings as your hormones change.',
  'guide.physical.blocks.3.text': 'These times are for a loss early in pregnancy. After a later loss, bleeding can last longer, about 4 to 6 weeks, and your breasts may make milk.',
  'guide.physical.blocks.4.text': 'Getting back to daily life',
  'guide.physical.blocks.5.text': 'Most people get back to their usual day within a few days. Rest when you need to.',
  'guide.physical.blocks.6.text': 'Use pads, not tampons or cups, until the bleeding stops. Your provider may also ask you to wait to have sex until the bleeding stops and your womb has healed. This is often about 2 weeks.',
  'guide.physical.blocks.7.text': 'Your follow-up visits',
  'guide.physical.blocks.8.text': 'Please go to your follow-up visits. They check that your body is healing well. They are also a good time to ask questions.',
  'guide.physical.blocks.9.text': 'If your blood type is Rh-negative, or you do not know it, ask your provider whether you need a shot. Ask within 3 days (72 hours) of the bleeding, because the shot works best by then.',
  'guide.physical.blocks.10.text': 'Warning signs',
  'guide.physical.blocks.11.text': 'Some signs can mean a problem, such as an infection or losing too much blood. Get help right away if you notice any of them.',
  'guide.physical.blocks.12.title': 'Get emergency care now',
  'guide.physical.blocks.13.title': 'Get care right away, at any hour',
  'guide.physical.blocks.14.title': 'Call your clinic today',
  'guide.wellbeing.title': 'Caring for your feelings',
  'guide.wellbeing.blocks.0.text': 'Your feelings often take longer to heal than your body. Here are five ways to help yourself.',
  'guide.wellbeing.blocks.1.items.0.lead': 'Let yourself grieve.',
  'guide.wellbeing.blocks.1.items.0.text': 'Your loss is real. Crying, resting and taking time to think are all part of healing.',
  'guide.wellbeing.blocks.1.items.1.lead': 'Lean on people who care.',
  'guide.wellbeing.blocks.1.items.1.text': 'Reach out to your partner, a friend you trust, your family, or a faith leader.',
  'guide.wellbeing.blocks.1.items.2.lead': 'Get help from an expert when you need it.',
  'guide.wellbeing.blocks.1.items.2.text': 'Therapists, counselors and support groups help with grief, worry and depression. Reach out if your sadness feels too big, or if it does not lift.',
  'guide.wellbeing.blocks.1.items.3.lead': 'Be gentle with yourself.',
  'guide.wellbeing.blocks.1.items.3.text': 'Rest, eat well and get some fresh air. Do not push yourself too fast. Healing is not a straight line.',
  'guide.wellbeing.blocks.1.items.4.lead': 'Talk with your doctor.',
  'guide.wellbeing.blocks.1.items.4.text': 'Your women’s health doctor can explain what happened and help put your mind at ease. When you are ready, and only if you want to, they can talk with you about a future pregnancy.',
  'guide.support.title': 'When to get more support',
  'guide.support.blocks.0.text': 'Feelings come and go. But some feelings get too heavy to carry alone. Talk with your doctor or a mental health expert if you have:',
  'guide.support.blocks.1.items.0': 'Sadness, hopelessness or numbness that does not go away',
  'guide.support.blocks.1.items.1': 'Strong worry or panic',
  'guide.support.blocks.1.items.2': 'Trouble sleeping or eating',
  'guide.support.blocks.1.items.3': 'A hard time getting through your day',
  'guide.support.blocks.1.items.4': 'Feelings like these for more than 2 weeks',
  'guide.support.blocks.1.items.5': 'No one to talk to',
  'guide.support.blocks.1.items.6': 'A need to use alcohol or drugs to cope',
  'guide.support.blocks.2.text': 'These lines offer support and a listening ear. They are not crisis lines.',
  'guide.support.blocks.3.text': 'If you have thoughts of hurting yourself, or of not wanting to go on, that is a crisis. Please get help now.',
  'guide.crisis.title': 'If you are in crisis',
  'guide.crisis.blocks.0.text': 'You may feel you cannot stay safe, or fear you might hurt yourself. If so, get help now. You do not have to wait.',
  'guide.crisis.blocks.1.text': 'if you are in danger right now.',
  'guide.crisis.blocks.2.text': 'To talk with someone right now, call or text a crisis line:',
  'guide.crisis.blocks.3.text': 'A free list can help you find a helpline where you live.',
  'guide.crisis.blocks.5.text': 'Tell someone you trust that you need help. This could be a friend, your partner or someone in your family.',
  'guide.crisis.blocks.6.text': 'Reaching out is brave. It is a sign of strength, not weakness. You are not alone.',
  'guide.contact.title': 'We are here for you',
  'guide.contact.blocks.0.text': 'Healing is possible. It takes time, patience and people who care about you.',
  'guide.contact.blocks.1.items.0': 'Be gentle and patient with yourself.',
  'guide.contact.blocks.1.items.1': 'Lean on the people who support you.',
  'guide.contact.blocks.1.items.2': 'Work with your doctor on how your body and your feelings are healing.',
  'guide.contact.blocks.2.text': 'Call your care team with any question, big or small. Help and hope are here for you.',
  'guide.partners.title': 'For partners and family',
  'guide.partners.blocks.0.text': 'This part is for your partner and family. You may want to share it with them.',
  'guide.partners.blocks.1.text': 'Your grief is real too',
  'guide.partners.blocks.2.text': 'When someone you love has a miscarriage, you may grieve too. Partners of any gender can feel sad, shocked or lost. Some find it hard to sleep or to think. All of this is normal.',
  'guide.partners.blocks.3.text': 'People may ask how your loved one is doing and forget to ask about you. You may feel you must stay strong. But your feelings matter too.',
  'guide.partners.blocks.4.text': 'A miscarriage is almost never caused by anything either of you did or did not do.',
  'guide.partners.blocks.5.text': 'How to support your loved one',
  'guide.partners.blocks.6.items.0': 'Ask how they feel, and listen. You do not need perfect words.',
  'guide.partners.blocks.6.items.1': 'Talk about the loss, and use the words they use for it.',
  'guide.partners.blocks.6.items.2': 'Share your own feelings too. Many couples find that talking helps them both.',
  'guide.partners.blocks.6.items.3': 'You may grieve in different ways. One of you may cry while the other keeps busy. Both are okay.',
  'guide.partners.blocks.6.items.4': 'Help with everyday tasks, like meals, rides or phone calls, so they can rest.',
  'guide.partners.blocks.6.items.5': 'Go with them to follow-up visits, if they would like you there.',
  'guide.partners.blocks.7.text': 'Support for you',
  'guide.partners.blocks.8.text': 'You deserve support as well. Your own doctor or a counselor can help.',
  'guide.partners.blocks.9.text': 'These lines talk with partners and family too:',
  'guide.partners.blocks.10.text': 'If you or your loved one has thoughts of self-harm, or of not wanting to go on, get help now.',
  'guide.crisis.access': 'If you are Deaf or hard of hearing, or cannot talk out loud, you can still reach help. Some of these services ask you to register first: do it today, so they work when you need them.',
};

/** Words of each region and line, by key (contacts.ts): names, notes, keywords. */
/** Words of the ways to get help without a voice call, by key (access.ts). */
export const access = {
  'access.US.text-911.name': 'Text 911',
  'access.US.text-911.note': 'If you cannot call. In your first text, say where you are and what is wrong. It works in many areas, not all: if it does not, a message comes back. Then call 911 by TTY or your relay service.',
  'access.US.988-relay.name': '988 by relay or videophone',
  'access.US.988-relay.note': 'If you use TTY or a relay service, reach 988 through it. If you use ASL, call 988 by videophone.',
  'access.CA.text-with-911.name': 'Text with 9-1-1 (register first)',
  'access.CA.text-with-911.note': 'For people who are Deaf, hard of hearing or cannot speak. Register your phone with your mobile provider first. In an emergency, call 9-1-1 and stay on the line: they will text you. You cannot start by sending a text to 9-1-1. Not in every area.',
  'access.GB.emergency-sms.name': 'emergencySMS (register first)',
  'access.GB.emergency-sms.note': 'Register today, before you need it: text REGISTER to 999, then reply YES to the message you get back. In an emergency, text 999: say which service you need, what is wrong and where you are. You should get a reply in about 2 minutes. If not, text again or find another way to get help.',
  'access.GB.relay-uk.name': 'Relay UK (from a textphone)',
  'access.GB.relay-uk.note': 'From a textphone, call 18000 for 999. In the Relay UK app, use the 999 button.',
  'access.IE.112-sms.name': 'Text 112 (register first)',
  'access.IE.112-sms.note': 'For people who are Deaf, hard of hearing or cannot speak. Register today, before you need it: text REGISTER to 112 and follow the steps in the reply. In an emergency, text 112: say which service you need, what is wrong and where you are (your Eircode). Irish phones only.',
  'access.AU.nrs-sms.name': 'National Relay Service, by text',
  'access.AU.nrs-sms.note': 'In your first message, write 000, the service you need (police, fire or ambulance) and where you are.',
  'access.AU.nrs-voice.name': 'National Relay Service, Speak and Listen',
  'access.AU.nrs-voice.note': 'If people find your speech hard to understand. Ask for Triple Zero (000).',
  'access.AU.nrs-tty.name': 'TTY: 106',
  'access.AU.nrs-tty.note': 'From a TTY only. It does not work from a mobile or by text.',
  'access.AU.press-55.note': 'If you call from a mobile and cannot speak, press 55 when asked. You will be put through to the police, who can send help.',
  'access.AU.press-55.name': 'Call 000 and press 55',
  'access.NZ.111-txt.name': '111 TXT (register first)',
  'access.NZ.111-txt.note': 'For people who are Deaf, hard of hearing or cannot speak. Register your phone first. If no one replies in 2 minutes, find another way to get help.',
};

export const contacts = {
  'contacts.nhs111.nhs-111.name': 'NHS 111',
  'contacts.nhs111.nhs-111.note': 'Urgent medical help in England, Scotland and Wales. For your mental health, choose the mental health option. Not in Northern Ireland.',
  'contacts.US.name': 'the United States',
  'contacts.US.outside': 'Outside the United States',
  'contacts.US.crisis.988.name': '988 Suicide & Crisis Lifeline',
  'contacts.US.crisis.988.note': 'Free and private. For Spanish, press 2 or text AYUDA to 988. Veterans, press 1.',
  'contacts.US.crisis.crisis-text-line.name': 'Crisis Text Line',
  'contacts.US.crisis.crisis-text-line.textKeyword': 'HOME',
  'contacts.US.crisis.crisis-text-line.note': 'Text HOME to 741741. For Spanish, text AYUDA.',
  'contacts.US.support.maternal-mental-health-hotline.name': 'National Maternal Mental Health Hotline',
  'contacts.US.support.maternal-mental-health-hotline.note': 'Call or text in English, Spanish and many other languages. Not a crisis line: in a crisis, call 988.',
  'contacts.US.support.postpartum-support-international.name': 'Postpartum Support International HelpLine',
  'contacts.US.support.postpartum-support-international.note': 'Support after pregnancy loss, with a call back. For Spanish, press 1. Not open all hours.',
  'contacts.CA.name': 'Canada',
  'contacts.CA.outside': 'Outside Canada',
  'contacts.CA.advice.811.name': '811 health advice',
  'contacts.CA.advice.811.note': 'Talk with a nurse in most provinces and territories.',
  'contacts.CA.crisis.988-canada.name': '9-8-8 Suicide Crisis Helpline',
  'contacts.CA.crisis.988-canada.note': 'In English or French.',
  'contacts.GB.name': 'the UK',
  'contacts.GB.outside': 'Outside the UK',
  'contacts.GB.crisis.samaritans.name': 'Samaritans',
  'contacts.GB.crisis.samaritans.note': 'Free to call.',
  'contacts.GB.crisis.shout.name': 'Shout',
  'contacts.GB.crisis.shout.textKeyword': 'SHOUT',
  'contacts.GB.crisis.shout.note': 'Free, by text message.',
  'contacts.GB.crisis.lifeline-ni.name': 'Lifeline (Northern Ireland)',
  'contacts.GB.crisis.lifeline-ni.note': 'Free crisis help for anyone in Northern Ireland.',
  'contacts.GB.support.miscarriage-association.name': 'The Miscarriage Association',
  'contacts.GB.support.miscarriage-association.note': 'Support after miscarriage, for you and your partner.',
  'contacts.IE.name': 'Ireland',
  'contacts.IE.outside': 'Outside Ireland',
  'contacts.IE.crisis.samaritans-ie.name': 'Samaritans',
  'contacts.IE.crisis.samaritans-ie.note': 'Free to call.',
  'contacts.IE.crisis.pieta.name': 'Pieta',
  'contacts.IE.crisis.pieta.textKeyword': 'HELP',
  'contacts.IE.crisis.pieta.note': 'Free help if you are thinking about suicide or self-harm.',
  'contacts.IE.crisis.50808.name': '50808 text line',
  'contacts.IE.crisis.50808.textKeyword': 'TALK',
  'contacts.IE.crisis.50808.note': 'Free, by text message.',
  'contacts.AU.name': 'Australia',
  'contacts.AU.outside': 'Outside Australia',
  'contacts.AU.advice.1800medicare.name': '1800MEDICARE',
  'contacts.AU.advice.1800medicare.note': 'Free health advice from a nurse, and a doctor by phone or video after hours.',
  'contacts.AU.crisis.lifeline-au.name': 'Lifeline',
  'contacts.AU.crisis.lifeline-au.note': 'Call or text.',
  'contacts.AU.support.panda.name': 'PANDA National Helpline',
  'contacts.AU.support.panda.note': 'Support for feelings during and after pregnancy, including loss, for you and your partner.',
  'contacts.AU.partners.mensline.name': 'MensLine Australia',
  'contacts.AU.partners.mensline.note': 'Phone counselling for men, about feelings and relationships.',
  'contacts.NZ.name': 'New Zealand',
  'contacts.NZ.outside': 'Outside New Zealand',
  'contacts.NZ.advice.healthline.name': 'Healthline',
  'contacts.NZ.advice.healthline.note': 'Free health advice from a nurse.',
  'contacts.NZ.crisis.1737.name': 'Need to Talk? 1737',
  'contacts.NZ.crisis.1737.note': 'Free. Call or text to talk with a trained counsellor.',
  'contacts.NZ.crisis.lifeline-nz.name': 'Lifeline Aotearoa',
  'contacts.NZ.crisis.lifeline-nz.textKeyword': 'HELP',
  'contacts.NZ.crisis.lifeline-nz.note': 'Free to call or text.',
  'contacts.northernIreland.GB-NIR.name': 'Northern Ireland',
  'contacts.northernIreland.GB-NIR.outside': 'Outside Northern Ireland',
};

/** Interface text shared by all three elements (contacts, fallbacks, the banner). */
export const strings = {
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
  // Opening hours (core/contact-templates.ts hoursNote). One of the three labels is shown before the hours, in a box
  // as wide as the widest, so the words after it stay where the server drew them: "Hours:" until the patient's clock
  // is known (or with no script), then "Open now:" or "Closed now:".
  hoursLabel: 'Hours:',
  openNow: 'Open now:',
  closedNow: 'Closed now:',
  /** The days from Monday, separated by commas, as the hours are written ("Monday to Friday, 9 AM to 5 PM"). */
  days: 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday',
  /** Three or more days in a row. */
  dayRun: (first: string, last: string) => `${first} to ${last}`,
  everyDay: 'Every day',
  and: 'and',
  // Times of day: "9 AM", "9:30 PM" (a no-break space before AM and PM), "noon", "midnight".
  am: 'AM',
  pm: 'PM',
  noon: 'noon',
  midnight: 'midnight',
  timeRange: (from: string, to: string) => `${from} to ${to}`,
  /** Open from midnight to midnight. */
  allDay: 'all day',
  /** The hours (rules separated by semicolons), then the zone they are in: "Monday to Friday, 9 AM to 5 PM (UK time)." */
  hoursIn: (rules: string, zone: string) => `${rules} (${zone}).`,
  /** A zone without a name below, by its city: "Sydney time", "Dublin time", "Berlin time". */
  zoneTime: (city: string) => `${city} time`,
  /** Hours without a zone Haven is sure of (no region, or a region with several and no clinic-time-zone). */
  localTime: 'local time',
  /** Zones whose usual name is not their city's ("Eastern time", "UK time"). */
  zones: {
    'America/New_York': 'Eastern time',
    'America/Toronto': 'Eastern time',
    'America/Chicago': 'Central time',
    'America/Winnipeg': 'Central time',
    'America/Denver': 'Mountain time',
    'America/Edmonton': 'Mountain time',
    'America/Phoenix': 'Arizona time',
    'America/Los_Angeles': 'Pacific time',
    'America/Vancouver': 'Pacific time',
    'America/Anchorage': 'Alaska time',
    'Pacific/Honolulu': 'Hawaii time',
    'America/St_Johns': 'Newfoundland time',
    'America/Halifax': 'Atlantic time',
    'America/Regina': 'Saskatchewan time',
    'America/Whitehorse': 'Yukon time',
    'Europe/London': 'UK time',
    'Europe/Dublin': 'Irish time',
    'Australia/Adelaide': 'Adelaide time',
    'Australia/Sydney': 'Australian Eastern time',
    'Pacific/Auckland': 'New Zealand time',
  } as Record<string, string>,
  /** Before the line to use while one with hours is closed. */
  whenClosed: 'When it is closed, any time of day or night:',

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
  // While the clinic's hours say it is closed: its name and "Closed now" come first, then this, then the call.
  nowGetCare: 'Get care now:',
  // After a clinic's or a line's hours where the region has no nurse line: the way to care while it is closed.
  closedCannotWait: 'If it is closed and you need care now:',

  // Shown by any element that could not render its own content.
  fallbackLabel: 'Help right now',
  fallbackText: 'This part of the page could not load. If you are in danger, call your local emergency number.',
  // Added only where the region is the US, or unknown because the failure came before it was read.
  fallbackUs: 'In the United States, call 911, or call or text 988 to talk with someone now.',

  /** The clinic's own local lines (`<haven-line>`, core/contact-templates.ts localLines) and their web links. */
  localLead: 'Services near you:',
  website: 'Website',

  // <haven-crisis-banner>
  bannerHeading: 'Need help right now?',
  bannerMore: 'More ways to get help',
  bannerReassure: 'You are not alone. Reaching out is a brave thing to do.',
  /** The disclosure with ways to get help without a voice call (core/contact-templates.ts accessRoutes). */
  accessSummary: 'Deaf, hard of hearing, or cannot talk out loud?',
};

/** Interface text of <haven-warning-signs>: headings, groups and each tier's label, summary and why. */
export const triage = {
  heading: 'Warning signs after a miscarriage',
  intro: 'Check any signs you have right now. Your next step will show after the list.',
  note: 'This checklist does not replace advice from your doctor, nurse or midwife. If you are not sure, call them.',
  groups: { body: 'Your body', feelings: 'Your feelings' } satisfies Record<SignGroup, string>,
  clear: 'Clear',
  resultHeading: 'Your next step',
  // The bar that stays at the bottom of the screen while an urgent result is showing. Its button moves focus to
  // "Your next step".
  whatToDo: 'What to do',
  // "Print my answers": one page to take to an appointment. Nothing is saved or sent.
  print: {
    button: 'Print my answers',
    note: 'To take to your visit. Nothing is saved or sent.',
    title: 'My warning signs',
    date: 'Date:',
    checked: 'What I noticed:',
    next: 'My next step:',
  },
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
  /** Before the region’s way to get advice the same day (its nurse line). */
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

/** Interface words of <haven-recovery-guide>. */
export const guide = {
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

/** Every word of one language, one dictionary per part, so each element's script carries only the parts it shows. */
export interface Words {
  signs: Readonly<Record<keyof typeof signs, string>>;
  guideText: Readonly<Record<keyof typeof guideText, string>>;
  contacts: Readonly<Record<keyof typeof contacts, string>>;
  access: Readonly<Record<keyof typeof access, string>>;
  strings: typeof strings;
  triage: typeof triage;
  guide: typeof guide;
}
