/**
 * One normaliser for every phone number Haven shows: the clinic's, an override, and the built-in crisis lines.
 * The label a patient reads and the `tel:`/`sms:` link are both built from the value it returns, so they can
 * never disagree, and a link only ever holds `+` and ASCII digits.
 */

/** How numbers are written in a region, enough to turn a national number into an international one. */
export interface DialPlan {
  /** Country calling code without `+`, e.g. `1` or `44`. */
  callingCode: string;
  /** North American Numbering Plan: 10 digits, optional leading 1. */
  nanp?: boolean;
  /** Digit dialled before a national number (e.g. `0` in the UK); dropped after the calling code. */
  trunkPrefix?: string;
}

export interface PhoneNumber {
  /** What a patient reads, e.g. `(703) 437-0001`, `1-833-852-6262` or `988`. */
  display: string;
  /** What a phone dials: `+` and digits, e.g. `+17034370001`; short numbers such as `988` stay short. */
  dial: string;
  /** Extension digits, if any. */
  extension: string | undefined;
  /** The rest of a value that held more than one number ("… / 5433", "… or …"): not linked, for a warning. */
  others: string | undefined;
}

/** Every key set, so a polluted Object.prototype (an `extension` there) cannot add anything to a link. */
const number = (display: string, dial: string, extension?: string, others?: string): PhoneNumber => ({
  display,
  dial,
  extension,
  others,
});

const MAX_INPUT = 64;
const SEPARATORS = /^\+?[0-9\s().\-/]+$/;
const EXTENSION = /^(.*?)\s*(?:;\s*ext=|ext\.?|extension|x|#)\s*([0-9]{1,6})$/i;
// Zero-width and bidi control characters arrive in values pasted from word processors; they carry no digits.
const FORMAT_CHARS = /\p{Cf}/gu;
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/**
 * A North American area code is 2–9 then two digits, never N11 (211, 311 … 911 are service codes: "(911) 555-0100"
 * would look like the emergency number).
 */
const nanpArea = (ten: string) => /^[2-9]/.test(ten) && ten.slice(1, 3) !== '11';

function formatNanp(ten: string): string {
  const area = ten.slice(0, 3);
  const rest = `${ten.slice(3, 6)}-${ten.slice(6)}`;
  return TOLL_FREE.has(area) ? `1-${area}-${rest}` : `(${area}) ${rest}`;
}

/**
 * Parses a phone number as a person or a CMS wrote it. Returns `null` when the value cannot be a phone number
 * (letters, script, non-ASCII digits, too short or too long); callers then show the text without a link.
 */
export interface PhoneOptions {
  /** Fewest digits a short code may have: 3 by default; 2 for an emergency number (15, 17 and 18 in France). */
  shortest?: number;
  /** Any "/" or "," separates two numbers (for an emergency number, where "999/112" is two codes, not one). */
  splitAll?: boolean;
}

/** Countries whose numbers keep their leading 0 after the country code (Italy, San Marino, the Vatican). */
const KEEPS_ZERO = new Set(['39', '378', '379']);

export function normalisePhone(
  raw: string | null | undefined,
  plan?: DialPlan,
  { shortest = 3, splitAll = false }: PhoneOptions = {},
): PhoneNumber | null {
  if (typeof raw !== 'string') return null;
  // Word processors turn hyphens into non-breaking hyphens and dashes; they separate digits like any hyphen.
  let value = raw.replace(FORMAT_CHARS, '').replace(/[\u2010-\u2015\u2212]/g, '-').trim();
  if (value === '' || value.length > MAX_INPUT) return null;

  // Two numbers in one value ("(02) 9876 5432 / 5433", "… or …"): link the first, never one long wrong number. A
  // slash inside a number ("703/437-0001") is a separator: only a complete number before it means two numbers.
  let others: string | undefined;
  const or = /\s+or\s+|,(?!\s*(ext|x\b|#))/i.exec(value);
  const slash = value.indexOf('/');
  // Also two numbers: an emergency code before the slash ("911 / 988", never the one number 911988), or a number
  // after it that starts as a whole number does, with + or a trunk 0 ("116 123 / 0800 123", "1737 / 0800 543 354").
  const before = value.slice(0, slash).replace(/[^0-9]/g, '');
  const complete =
    slash > 0 && (splitAll || before.length >= 7 || EMERGENCY_CODES.has(before) || /^\s*(\+|0)/.test(value.slice(slash + 1)));
  const cut = or && (!complete || or.index < slash) ? or.index : complete ? slash : -1;
  if (cut > 0) {
    others = value.slice(cut).replace(/^\s*(\/|,|or)\s*/i, '');
    value = value.slice(0, cut).trim();
  }
  // "+44 (0)113 496 0000", "+44 0113…", "+44 (0113)…": the trunk 0 is for callers inside the country and is never
  // dialled after the country code (except in Italy, San Marino and the Vatican, where it stays).
  value = value.replace(/^\+([0-9]{1,3})[\s.\-]*\(?0\)?(?=[\s.\-()]*[1-9])/, (whole, code: string) =>
    KEEPS_ZERO.has(code) ? whole : `+${code} `,
  );

  const ext = EXTENSION.exec(value);
  const main = (ext ? ext[1] : value).trim();
  const extension = ext ? ext[2] : undefined;
  if (!SEPARATORS.test(main)) return null;

  const international = main.startsWith('+');
  const digits = main.replace(/[^0-9]/g, '');
  const spaced = main.replace(/[^0-9+]+/g, ' ').replace(/\+\s+/, '+').trim();

  if (international) {
    if (digits.length < 8 || digits.length > 15) return null;
    if (digits.startsWith('1') && digits.length === 11) {
      if (!nanpArea(digits.slice(1))) return null;
      return number(formatNanp(digits.slice(1)), `+${digits}`, extension, others);
    }
    return number(spaced, `+${digits}`, extension, others);
  }

  // Short numbers (911, 988, 999, 116 123; 15 in France where a caller allows two digits) are dialled as they are
  // and never carry an extension.
  if (digits.length >= shortest && digits.length <= 6) {
    return extension ? null : number(spaced, digits, undefined, others);
  }

  if (plan?.nanp) {
    const ten = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    if (ten.length !== 10 || !nanpArea(ten)) return null;
    return number(formatNanp(ten), `+1${ten}`, extension, others);
  }

  if (digits.length < 7 || digits.length > 15) return null;
  if (plan?.trunkPrefix && digits.startsWith(plan.trunkPrefix)) {
    const dial = `+${plan.callingCode}${digits.slice(plan.trunkPrefix.length)}`;
    return number(spaced, dial, extension, others);
  }
  // Without a dial plan a national number is still dialable from a phone in the same country.
  return number(spaced, digits, extension, others);
}

/**
 * Emergency numbers that can stand in for a region's own: 112 (the EU and most mobile networks), the six regions'
 * numbers, and common national ones (police, ambulance and fire in France, Germany, Japan, India and others). Any
 * other short code (a hospital's internal crash line, "1-911") is shown beside the region's number, never instead.
 */
const EMERGENCY_CODES = new Set([
  '112', '911', '999', '000', '111', '110', '119', '100', '101', '102', '108', '113', '115', '118', '122', '123',
  '15', '17', '18', '190', '192', '193', '997', '998',
]);

export function isEmergencyCode(phone: PhoneNumber): boolean {
  return EMERGENCY_CODES.has(phone.dial) && !phone.extension;
}

/** `tel:` link for a normalised number, with RFC 3966 `;ext=` for an extension. */
export function telHref(phone: PhoneNumber): string {
  return `tel:${phone.dial}${phone.extension ? `;ext=${phone.extension}` : ''}`;
}

/** `sms:` link for a normalised number. */
export function smsHref(phone: PhoneNumber, body?: string): string {
  return `sms:${phone.dial}${body ? `?body=${encodeURIComponent(body)}` : ''}`;
}

/** Display text with its extension, e.g. `(703) 437-0001 ext. 12`. */
export function phoneLabel(phone: PhoneNumber): string {
  return phone.extension ? `${phone.display} ext. ${phone.extension}` : phone.display;
}
