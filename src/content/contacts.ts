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
import { contactText as t } from './registry.js';
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
  /**
   * Opening hours for lines that are not 24/7, in the format of `clinic-hours` (core/hours.ts), as wall-clock times
   * in the region's `zone`: the open/closed status is worked out from them on the patient's device.
   */
  hours?: string;
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
  /** The region's main IANA time zone: the zone of its lines' `hours`, and of `clinic-hours` by default. */
  zone: string;
  /**
   * Every time zone of a region that spans several (the US, Canada, Australia; from the IANA time zone database):
   * a clinic's hours there need their own `clinic-time-zone` (or a line's `time-zone`), since guessing the main zone
   * could call a closed clinic open. Without one, no status is shown, and the clinic counts as closed whenever it is
   * closed in any of these zones.
   */
  zones?: readonly string[];
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
  /**
   * Lines whose own pages say they also talk with a patient's partner or family, for the guide's `partners`
   * section: the region's support or crisis lines where they do (the same objects), and lines for partners alone.
   * Empty where no such line was confirmed (docs/clinical-sources.md, "Lines for partners and family").
   */
  partners: readonly ContactLine[];
}

const REVIEWED = '2026-12-02';
export const line = (entry: Omit<ContactLine, 'reviewed'>): ContactLine => ({ ...entry, reviewed: REVIEWED });
const region = (entry: Omit<RegionContacts, 'reviewed'>): RegionContacts => ({ ...entry, reviewed: REVIEWED });

// NHS 111 is both Britain's urgent-care advice line and, through its mental health option, a crisis route. It does
// not serve Northern Ireland, which has Lifeline instead.
const nhs111 = line({
  id: 'nhs-111',
  name: t('contacts.nhs111.nhs-111.name'),
  call: '111',
  always: true,
  note: t('contacts.nhs111.nhs-111.note'),
  sources: ['NHS-111'],
});

// Lines named in more than one place: a region's support or crisis lines that also talk with partners and family.
const maternalMentalHealthHotline = line({
  id: 'maternal-mental-health-hotline',
  name: t('contacts.US.support.maternal-mental-health-hotline.name'),
  call: '1-833-852-6262',
  text: '1-833-852-6262',
  vanity: '1-833-TLC-MAMA',
  always: true,
  note: t('contacts.US.support.maternal-mental-health-hotline.note'),
  sources: ['NMMHH'],
});
const miscarriageAssociation = line({
  id: 'miscarriage-association',
  name: t('contacts.GB.support.miscarriage-association.name'),
  call: '01924 200799',
  always: false,
  hours: 'Mo,Tu,Th 09:00-16:00; We,Fr 09:00-20:00',
  note: t('contacts.GB.support.miscarriage-association.note'),
  sources: ['MA'],
});
const panda = line({
  id: 'panda',
  name: t('contacts.AU.support.panda.name'),
  call: '1300 726 306',
  always: false,
  // Stated as Australian Eastern time; taken as the clock in Melbourne and Sydney, summer time included.
  hours: 'Mo-Fr 09:00-19:30; Sa 09:00-16:00',
  note: t('contacts.AU.support.panda.note'),
  sources: ['PANDA'],
});
const needToTalk = line({
  id: '1737',
  name: t('contacts.NZ.crisis.1737.name'),
  call: '1737',
  text: '1737',
  always: true,
  note: t('contacts.NZ.crisis.1737.note'),
  sources: ['1737'],
});
// For partners in Australia: a men's counselling line, answered at any hour (PANDA, for partners of any gender, is
// not open at night). Only in the guide's `partners` section: it is not a line for the patient.
const mensLine = line({
  id: 'mensline',
  name: t('contacts.AU.partners.mensline.name'),
  call: '1300 78 99 78',
  always: true,
  note: t('contacts.AU.partners.mensline.note'),
  sources: ['MENSLINE'],
});

// National numbers keep their own form in links (tel:0800543354, not +64800543354): freephone numbers often
// cannot be dialled in international form, and the reader is in the country. So only the US and Canada (NANP) get
// international links, and only for numbers that work that way.
export const REGIONS: Readonly<Record<string, RegionContacts>> = {
  US: region({
    code: 'US',
    name: t('contacts.US.name'),
    outside: t('contacts.US.outside'),
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'F',
    zone: 'America/New_York',
    zones: ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Anchorage', 'Pacific/Honolulu', 'America/Puerto_Rico'],
    sources: ['US-911'],
    crisis: [
      line({
        id: '988',
        name: t('contacts.US.crisis.988.name'),
        call: '988',
        text: '988',
        textKeyword: { es: 'AYUDA' },
        chat: 'https://988lifeline.org/chat',
        always: true,
        note: t('contacts.US.crisis.988.note'),
        sources: ['988'],
      }),
      line({
        id: 'crisis-text-line',
        name: t('contacts.US.crisis.crisis-text-line.name'),
        text: '741741',
        textKeyword: t('contacts.US.crisis.crisis-text-line.textKeyword'),
        always: true,
        note: t('contacts.US.crisis.crisis-text-line.note'),
        sources: ['CTL'],
      }),
    ],
    support: [
      maternalMentalHealthHotline,
      line({
        id: 'postpartum-support-international',
        name: t('contacts.US.support.postpartum-support-international.name'),
        call: '1-800-944-4773',
        text: '1-800-944-4773',
        textFor: { es: '971-203-7773' },
        // No hours: PSI publishes none that could be sourced (docs/clinical-sources.md), so no open/closed status.
        always: false,
        note: t('contacts.US.support.postpartum-support-international.note'),
        sources: ['PSI'],
      }),
    ],
    partners: [maternalMentalHealthHotline],
  }),
  CA: region({
    code: 'CA',
    name: t('contacts.CA.name'),
    outside: t('contacts.CA.outside'),
    emergency: '911',
    dialPlan: { callingCode: '1', nanp: true },
    temperature: 'C',
    zone: 'America/Toronto',
    zones: ['America/St_Johns', 'America/Halifax', 'America/Toronto', 'America/Winnipeg', 'America/Regina', 'America/Edmonton', 'America/Vancouver', 'America/Whitehorse'],
    sources: ['CA-911'],
    advice: line({
      id: '811',
      name: t('contacts.CA.advice.811.name'),
      call: '811',
      always: true,
      note: t('contacts.CA.advice.811.note'),
      sources: ['CA-811'],
    }),
    crisis: [
      line({
        id: '988-canada',
        name: t('contacts.CA.crisis.988-canada.name'),
        call: '988',
        text: '988',
        always: true,
        note: t('contacts.CA.crisis.988-canada.note'),
        sources: ['CA-988'],
      }),
    ],
    support: [],
    partners: [],
  }),
  GB: region({
    code: 'GB',
    name: t('contacts.GB.name'),
    outside: t('contacts.GB.outside'),
    emergency: '999',
    hospital: { en: 'A&E' },
    dialPlan: { callingCode: '44' },
    temperature: 'C',
    zone: 'Europe/London',
    sources: ['GB-999'],
    advice: nhs111,
    crisis: [
      line({
        id: 'samaritans',
        name: t('contacts.GB.crisis.samaritans.name'),
        call: '116 123',
        always: true,
        note: t('contacts.GB.crisis.samaritans.note'),
        sources: ['SAMARITANS'],
      }),
      line({
        id: 'shout',
        name: t('contacts.GB.crisis.shout.name'),
        text: '85258',
        textKeyword: t('contacts.GB.crisis.shout.textKeyword'),
        always: true,
        note: t('contacts.GB.crisis.shout.note'),
        sources: ['SHOUT'],
      }),
      nhs111,
      line({
        id: 'lifeline-ni',
        name: t('contacts.GB.crisis.lifeline-ni.name'),
        call: '0808 808 8000',
        always: true,
        note: t('contacts.GB.crisis.lifeline-ni.note'),
        sources: ['LIFELINE-NI'],
      }),
    ],
    support: [
      miscarriageAssociation,
    ],
    partners: [miscarriageAssociation],
  }),
  IE: region({
    code: 'IE',
    name: t('contacts.IE.name'),
    outside: t('contacts.IE.outside'),
    // 999 works too; 112 is the number that works across Europe.
    emergency: '112',
    hospital: { en: 'emergency department (A&E)' },
    dialPlan: { callingCode: '353' },
    temperature: 'C',
    zone: 'Europe/Dublin',
    sources: ['IE-112'],
    crisis: [
      line({
        id: 'samaritans-ie',
        name: t('contacts.IE.crisis.samaritans-ie.name'),
        call: '116 123',
        always: true,
        note: t('contacts.IE.crisis.samaritans-ie.note'),
        sources: ['SAMARITANS'],
      }),
      line({
        id: 'pieta',
        name: t('contacts.IE.crisis.pieta.name'),
        call: '1800 247 247',
        text: '51444',
        textKeyword: t('contacts.IE.crisis.pieta.textKeyword'),
        always: true,
        note: t('contacts.IE.crisis.pieta.note'),
        sources: ['PIETA'],
      }),
      line({
        id: '50808',
        name: t('contacts.IE.crisis.50808.name'),
        text: '50808',
        textKeyword: t('contacts.IE.crisis.50808.textKeyword'),
        always: true,
        note: t('contacts.IE.crisis.50808.note'),
        sources: ['50808'],
      }),
    ],
    support: [],
    partners: [],
  }),
  AU: region({
    code: 'AU',
    name: t('contacts.AU.name'),
    outside: t('contacts.AU.outside'),
    emergency: '000',
    hospital: { en: 'emergency department' },
    dialPlan: { callingCode: '61' },
    temperature: 'C',
    zone: 'Australia/Sydney',
    zones: ['Australia/Perth', 'Australia/Darwin', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Sydney', 'Australia/Hobart'],
    sources: ['AU-000'],
    // Healthdirect (1800 022 222) became 1800MEDICARE on 1 January 2026.
    advice: line({
      id: '1800medicare',
      name: t('contacts.AU.advice.1800medicare.name'),
      call: '1800 633 422',
      vanity: '1800MEDICARE',
      always: true,
      note: t('contacts.AU.advice.1800medicare.note'),
      sources: ['AU-1800MEDICARE'],
    }),
    crisis: [
      line({
        id: 'lifeline-au',
        name: t('contacts.AU.crisis.lifeline-au.name'),
        call: '13 11 14',
        text: '0477 13 11 14',
        always: true,
        note: t('contacts.AU.crisis.lifeline-au.note'),
        sources: ['LIFELINE-AU'],
      }),
    ],
    support: [
      panda,
    ],
    partners: [panda, mensLine],
  }),
  NZ: region({
    code: 'NZ',
    name: t('contacts.NZ.name'),
    outside: t('contacts.NZ.outside'),
    emergency: '111',
    hospital: { en: 'emergency department' },
    dialPlan: { callingCode: '64' },
    temperature: 'C',
    zone: 'Pacific/Auckland',
    sources: ['NZ-111'],
    advice: line({
      id: 'healthline',
      name: t('contacts.NZ.advice.healthline.name'),
      call: '0800 611 116',
      always: true,
      note: t('contacts.NZ.advice.healthline.note'),
      sources: ['HEALTHLINE'],
    }),
    crisis: [
      needToTalk,
      line({
        id: 'lifeline-nz',
        name: t('contacts.NZ.crisis.lifeline-nz.name'),
        call: '0800 543 354',
        text: '4357',
        textKeyword: t('contacts.NZ.crisis.lifeline-nz.textKeyword'),
        always: true,
        note: t('contacts.NZ.crisis.lifeline-nz.note'),
        sources: ['LIFELINE-NZ'],
      }),
    ],
    support: [],
    partners: [needToTalk],
  }),
};

// Northern Ireland (ISO 3166-2 GB-NIR): the UK's numbers without NHS 111, which does not serve it, and with
// Lifeline, its own 24/7 crisis line, first. Out of hours, its GP services have a number per area, so signs that
// need care at any hour go to the emergency department unless the clinic gives an after-hours line.
const gb = REGIONS.GB;
const northernIreland = region({
  ...gb,
  code: 'GB-NIR',
  name: t('contacts.northernIreland.GB-NIR.name'),
  outside: t('contacts.northernIreland.GB-NIR.outside'),
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
