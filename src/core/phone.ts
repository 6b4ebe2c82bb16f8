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
  extension?: string;
}

const MAX_INPUT = 64;
const SEPARATORS = /^\+?[0-9\s().\-/]+$/;
const EXTENSION = /^(.*?)\s*(?:;\s*ext=|ext\.?|extension|x|#)\s*([0-9]{1,6})$/i;
// Zero-width and bidi control characters arrive in values pasted from word processors; they carry no digits.
const FORMAT_CHARS = /\p{Cf}/gu;
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

function formatNanp(ten: string): string {
  const area = ten.slice(0, 3);
  const rest = `${ten.slice(3, 6)}-${ten.slice(6)}`;
  return TOLL_FREE.has(area) ? `1-${area}-${rest}` : `(${area}) ${rest}`;
}

/**
 * Parses a phone number as a person or a CMS wrote it. Returns `null` when the value cannot be a phone number
 * (letters, script, non-ASCII digits, too short or too long); callers then show the text without a link.
 */
export function normalisePhone(raw: string | null | undefined, plan?: DialPlan): PhoneNumber | null {
  if (raw == null) return null;
  // Word processors turn hyphens into non-breaking hyphens and dashes; they separate digits like any hyphen.
  const value = raw.replace(FORMAT_CHARS, '').replace(/[\u2010-\u2015\u2212]/g, '-').trim();
  if (value === '' || value.length > MAX_INPUT) return null;

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
      return { display: formatNanp(digits.slice(1)), dial: `+${digits}`, extension };
    }
    return { display: spaced, dial: `+${digits}`, extension };
  }

  // Short numbers (911, 988, 999, 116 123) are dialled as they are and never carry an extension.
  if (digits.length >= 3 && digits.length <= 6) {
    return extension ? null : { display: spaced, dial: digits };
  }

  if (plan?.nanp) {
    const ten = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    if (ten.length !== 10 || !/^[2-9]/.test(ten)) return null;
    return { display: formatNanp(ten), dial: `+1${ten}`, extension };
  }

  if (digits.length < 7 || digits.length > 15) return null;
  if (plan?.trunkPrefix && digits.startsWith(plan.trunkPrefix)) {
    const dial = `+${plan.callingCode}${digits.slice(plan.trunkPrefix.length)}`;
    return { display: spaced, dial, extension };
  }
  // Without a dial plan a national number is still dialable from a phone in the same country.
  return { display: spaced, dial: digits, extension };
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
