/**
 * Turns the shared attributes (`region`, `emergency-number`, `clinic-name`, `clinic-phone`, `after-hours-phone`,
 * `clinic-hours`, `clinic-time-zone`, `hotline-url`) into
 * the contacts an element shows. Every element resolves them here, so parsing, fallbacks and warnings are the
 * same everywhere. Bad values never blank the crisis area: each falls back to something safe and reports why.
 */
import { HOTLINE_DIRECTORY, regionContacts, type RegionContacts } from '../content/contacts.js';
import { knownZone, MAX_RANGES, parseHours, type Hours } from './hours.js';
import type { LocalLine } from './local-lines.js';
import { isEmergencyCode, normalisePhone, type PhoneNumber, type PhoneOptions } from './phone.js';
import { safeHttpUrl } from './url.js';
import type { TemperatureUnit } from '../content/types.js';

export interface ContactAttributes {
  region?: string | null;
  emergencyNumber?: string | null;
  clinicName?: string | null;
  clinicPhone?: string | null;
  afterHoursPhone?: string | null;
  clinicHours?: string | null;
  clinicTimeZone?: string | null;
  hotlineUrl?: string | null;
}

export interface ResolvedContacts {
  /** Upper-case region code as given (or `US`). */
  regionCode: string;
  /** Data for the region, or `undefined` when Haven has none (then numbers are described in words). */
  region: RegionContacts | undefined;
  /** The emergency number, or `undefined` for "your local emergency number". */
  emergency: PhoneNumber | undefined;
  /**
   * The region's own emergency number, shown beside `emergency` when the clinic's `emergency-number` is a full
   * number (a hospital line) rather than an emergency short code.
   */
  emergencyAlso: PhoneNumber | undefined;
  /** The clinic's name, trimmed, or `''`. */
  clinicName: string;
  /** The clinic's number when it parses. */
  clinicPhone: PhoneNumber | undefined;
  /** The clinic's number as written, when it does not parse: shown as plain text, never as a link. */
  clinicPhoneText: string;
  /** The clinic's 24-hour or on-call line, when it parses (a value that does not is ignored, with a warning). */
  afterHours: PhoneNumber | undefined;
  /** The clinic's opening hours (`clinic-hours`), when given; `null` when given but not readable. */
  clinicHours: Hours | null | undefined;
  /**
   * Zone of the clinic's hours: `clinic-time-zone`, else the region's zone where it has only one; none (no status) when
   * neither is known, or when the region has several (`zoneUnsure`).
   */
  zone: string | undefined;
  /**
   * The region has several zones and no `clinic-time-zone` says which: no status is shown, and the clinic counts as
   * closed whenever it is closed in any of the region's zones.
   */
  zoneUnsure?: boolean;
  /**
   * The patient's clock at this render, for open/closed statuses; `undefined` on the server, where the time would be
   * the server's, so no status is shown. Set by the element before each render.
   */
  now?: Date;
  /** The earliest moment a status shown in this render changes (ms), for the element's timer. Set while rendering. */
  due?: number;
  /** Directory of helplines for readers outside known regions. */
  hotlineUrl: string;
  /** The clinic's own local lines (`<haven-line>`, core/local-lines.ts), read by the element before each render. */
  local: LocalLine[];
  /** Unit for temperatures: the region's, else Celsius, which most of the world uses. */
  temperature: TemperatureUnit;
}

/** Called once per problem found: the attribute's name and a sentence for the console. */
export type AttributeWarning = (attribute: string, message: string) => void;

// A country (ISO 3166-1), or a part of one that Haven knows apart (ISO 3166-2, e.g. GB-NIR for Northern Ireland).
const REGION_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const MAX_NAME = 120;

function clean(value: string | null | undefined): string {
  return (value ?? '').replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim();
}

/** Parses one of the clinic's numbers, warning when the value held more than one (only the first is linked). */
function phoneAttribute(
  attribute: string,
  text: string,
  region: RegionContacts | undefined,
  warn: AttributeWarning,
  options?: PhoneOptions,
): PhoneNumber | undefined {
  const parsed = text ? normalisePhone(text, region?.dialPlan, options) ?? undefined : undefined;
  if (parsed?.others) {
    warn(
      attribute,
      `${attribute}="${text.slice(0, 40)}" holds more than one number; only the first, ${parsed.display}, is linked. ` +
        'Give one number per attribute.',
    );
  }
  return parsed;
}

export function resolveContacts(attrs: ContactAttributes, warn: AttributeWarning): ResolvedContacts {
  const requested = clean(attrs.region).toUpperCase();
  // "UK" is what many clinics write; ISO 3166 says GB (and GB-NIR for Northern Ireland).
  let regionCode = (requested.startsWith('UK') ? `GB${requested.slice(2)}` : requested) || 'US';
  const region = REGION_CODE.test(regionCode) ? regionContacts(regionCode) : undefined;
  if (!region) {
    warn(
      'region',
      `region="${requested.slice(0, 40)}" has no Haven contact data; showing "your local emergency number" ` +
        'and the helpline directory instead of any country’s numbers. Set emergency-number (e.g. emergency-number="112") ' +
        'so patients there get a number to call.',
    );
    if (!REGION_CODE.test(regionCode)) regionCode = '';
  }

  const national = region ? normalisePhone(region.emergency, region.dialPlan) ?? undefined : undefined;
  let emergency = national;
  let emergencyAlso: PhoneNumber | undefined;
  const override = clean(attrs.emergencyNumber);
  const parsed = phoneAttribute('emergency-number', override, region, warn, { shortest: 2, splitAll: true });
  if (parsed && (isEmergencyCode(parsed) || !national)) {
    // Another emergency number (112 in the UK, 15 in France), or the only one Haven has: it takes the region's place.
    emergency = parsed;
  } else if (parsed) {
    // Anything else (a campus or hospital line, an internal code) is shown as the clinic asked, but never takes the
    // place of the region's emergency number.
    emergency = parsed;
    emergencyAlso = national;
    warn(
      'emergency-number',
      `emergency-number="${override.slice(0, 40)}" is not a known emergency number; ` +
        `showing it beside ${national!.display}, the emergency number for ${regionCode}.`,
    );
  } else if (override) {
    warn(
      'emergency-number',
      `emergency-number="${override.slice(0, 40)}" is not a phone number; using ` +
        (national ? `${national.display} for ${regionCode}.` : '"your local emergency number".'),
    );
  }

  let clinicName = clean(attrs.clinicName);
  if (clinicName.length > MAX_NAME) {
    warn('clinic-name', `clinic-name is longer than ${MAX_NAME} characters; it is shortened.`);
    clinicName = `${clinicName.slice(0, MAX_NAME - 1)}…`;
  }

  const phoneText = clean(attrs.clinicPhone);
  const clinicPhone = phoneAttribute('clinic-phone', phoneText, region, warn);
  if (phoneText && !clinicPhone) {
    warn(
      'clinic-phone',
      `clinic-phone="${phoneText.slice(0, 40)}" is not a phone number Haven can dial; it is shown as plain text without a link.`,
    );
  }

  // Unlike the clinic's own number, a broken after-hours number is not shown as text: at night a patient needs a
  // number that dials, and the result falls back to the clinic, a nurse line or the emergency number.
  const afterHoursText = clean(attrs.afterHoursPhone);
  const afterHours = phoneAttribute('after-hours-phone', afterHoursText, region, warn);
  if (afterHoursText && !afterHours) {
    warn(
      'after-hours-phone',
      `after-hours-phone="${afterHoursText.slice(0, 40)}" is not a phone number Haven can dial; it is not shown.`,
    );
  }

  // Hours that do not parse are not shown, and a zone the browser does not know gives no status (the clinic itself is
  // always shown).
  const hoursText = clean(attrs.clinicHours);
  // null: hours given but not readable, so the hours are not shown but what to do while it is closed still is.
  const clinicHours = hoursText ? parseHours(hoursText) ?? null : undefined;
  if (clinicHours === null) {
    warn(
      'clinic-hours',
      `clinic-hours="${hoursText.slice(0, 40)}" is not like "Mo-Fr 08:00-17:00; Sa 09:00-12:00" (days Mo to Su, 24-hour times, at most ${MAX_RANGES} ranges a day; past midnight as two rules: "Fr 22:00-24:00; Sa 00:00-02:00"); the hours are not shown.`,
    );
  }
  let zone = region?.zone;
  const zoneText = clean(attrs.clinicTimeZone);
  const zoneKnown = zoneText ? knownZone(zoneText) : undefined;
  if (zoneKnown) zone = zoneKnown;
  else if (zoneText && !region?.zones) {
    warn(
      'clinic-time-zone',
      `clinic-time-zone="${zoneText.slice(0, 40)}" is not a time zone like "America/Chicago"; ${zone ? `using ${zone}` : 'no open/closed status is shown'}.`,
    );
  } else if (clinicHours && !region) {
    // A region Haven does not know has no zone to assume: the patient's own clock could call a closed clinic open.
    warn('clinic-time-zone', 'clinic-time-zone is missing; without it no open/closed status is shown for clinic-hours.');
  }
  // Where the region has several zones, its main one is a guess that could call a closed clinic open: no status, the
  // clinic counted as closed wherever it might be (contact-templates.ts), and no guess for local lines' hours either.
  const zoneUnsure = !zoneKnown && !!region?.zones;
  if (zoneUnsure && (clinicHours || zoneText)) {
    warn(
      'clinic-time-zone',
      `${zoneText ? `clinic-time-zone="${zoneText.slice(0, 40)}" is not a time zone like "America/Chicago"` : 'clinic-time-zone is missing'}; ${region!.code} has more than one time zone, so until it is set (e.g. "${region!.zone}") no open/closed status is shown and the clinic counts as closed whenever it is closed in any of them.`,
    );
  }

  let hotlineUrl = HOTLINE_DIRECTORY;
  const hotline = clean(attrs.hotlineUrl);
  if (hotline) {
    const safe = safeHttpUrl(hotline, true);
    if (safe) hotlineUrl = safe;
    else warn('hotline-url', `hotline-url="${hotline.slice(0, 40)}" is not an https address; using ${HOTLINE_DIRECTORY}.`);
  }

  return {
    regionCode,
    region,
    emergency,
    emergencyAlso,
    clinicName,
    clinicPhone,
    // A value that failed to parse is still the clinic's own words; cap it so a pasted essay cannot flood the crisis area.
    clinicPhoneText: clinicPhone ? '' : phoneText.slice(0, MAX_NAME),
    afterHours,
    clinicHours,
    // The main zone of a region with several would be a guess: none, for the clinic's hours and the local lines'.
    zone: zoneUnsure ? undefined : zone,
    zoneUnsure,
    hotlineUrl,
    local: [],
    temperature: region?.temperature ?? 'C',
  };
}
