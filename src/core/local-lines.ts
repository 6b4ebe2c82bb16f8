/**
 * The clinic's own local lines (#19 item 3): `<haven-line>` children of any Haven element, and the shared list of a
 * `<haven-lines id>` that its `lines="id"` names. One parser for all three elements (and the server renderer), with
 * the rules of the built-in lines: a phone number through core/phone.ts and the region's dial plan (an emergency short
 * code is refused: the emergency number is always shown already), a web address through core/url.ts (https only),
 * opening hours through core/hours.ts. Bad values are warned about once, naming the line and the attribute, and never
 * throw. Local lines are only ever shown after the emergency number and the crisis line (contact-templates.ts).
 */
import type { RegionContacts } from '../content/contacts.js';
import type { AttributeWarning } from './contacts.js';
import { attributeOf } from './dom.js';
import { knownZone, parseHours, type Hours } from './hours.js';
import { isEmergencyCode, normalisePhone, type PhoneNumber } from './phone.js';
import { safeHttpUrl } from './url.js';

/**
 * `clinic`: clinical, same day (an early pregnancy unit, gynaecology triage), shown with "Call your clinic today".
 * `mental-health`: a perinatal mental health team, shown after the crisis line and the emergency number.
 * `support`: a bereavement midwife, a support group, a state or county line.
 */
export const LINE_KINDS = ['support', 'clinic', 'mental-health'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

/** The attributes of one `<haven-line>`, as written (the server renderer passes them the same way). */
export interface LineSource {
  name?: string | null;
  phone?: string | null;
  url?: string | null;
  hours?: string | null;
  'time-zone'?: string | null;
  kind?: string | null;
}

export const LINE_ATTRIBUTES = ['name', 'phone', 'url', 'hours', 'time-zone', 'kind'] as const;

/** A local line ready to show: at least one of `phone` and `url`. */
export interface LocalLine {
  name: string;
  phone?: PhoneNumber;
  url?: string;
  /** `null` when given but not readable. */
  hours?: Hours | null;
  /** Zone of `hours`: the line's `time-zone`, else the element's (clinic-time-zone or the region's). */
  zone?: string;
  kind: LineKind;
  /**
   * The `kind` was missing or unknown, so the line is placed as `support` but, while closed, points to the route for
   * a question about the body (as a `clinic` line does): a mistyped early pregnancy unit never sends a patient to a
   * crisis line at night.
   */
  guessed?: true;
}

/** At most this many local lines are shown; a list longer than that is a page of its own, not a crisis area. */
export const MAX_LINES = 6;
const MAX_NAME = 120;
const MAX_VALUE = 2000;

const clean = (value: unknown) =>
  typeof value === 'string' ? value.slice(0, MAX_VALUE).replace(/\p{Cf}/gu, '').replace(/\s+/g, ' ').trim() : '';

/**
 * The lines to show, in order, from the attributes of each `<haven-line>` (the shared list first, then the element's
 * own). `zone` is the element's zone, for hours without a `time-zone` (undefined where the region has several zones
 * and the element was given none).
 */
export function resolveLines(
  sources: readonly LineSource[],
  region: RegionContacts | undefined,
  zone: string | undefined,
  warn: AttributeWarning,
): LocalLine[] {
  const lines: LocalLine[] = [];
  let extra = 0;
  sources.forEach((source, i) => {
    if (lines.length === MAX_LINES) {
      extra++;
      return;
    }
    let name = clean(source.name);
    const label = name ? `<haven-line name="${name.slice(0, 40)}">` : `<haven-line> #${i + 1}`;
    const say = (attribute: string, message: string) => warn(`${label} ${attribute}`, message);
    // A name must say something: a letter or a digit (not only blank-looking characters such as U+3164 or U+2800).
    if (!/[\p{L}\p{N}]/u.test(name.replace(/[\u115f\u1160\u3164\uffa0\u2800]/g, ''))) {
      say('name', 'a local line needs a name (the service a patient calls); it is not shown.');
      return;
    }
    // Cut by characters, never inside one (an emoji is two UTF-16 units).
    const chars = Array.from(name);
    if (chars.length > MAX_NAME) {
      say('name', `name is longer than ${MAX_NAME} characters; it is shortened.`);
      name = `${chars.slice(0, MAX_NAME - 1).join('')}…`;
    }
    const line: LocalLine = { name, kind: 'support' };

    const phoneText = clean(source.phone);
    if (phoneText) {
      const phone = normalisePhone(phoneText, region?.dialPlan);
      if (!phone) say('phone', `phone="${phoneText.slice(0, 40)}" is not a phone number Haven can dial; it is not shown.`);
      else if (isEmergencyCode(phone)) {
        say('phone', `phone="${phoneText.slice(0, 40)}" is an emergency number, which Haven always shows already; it is not shown here.`);
      } else {
        if (phone.others) say('phone', `phone="${phoneText.slice(0, 40)}" holds more than one number; only the first, ${phone.display}, is linked.`);
        line.phone = phone;
      }
    }

    const urlText = clean(source.url);
    if (urlText) {
      const url = safeHttpUrl(urlText, true);
      if (url) line.url = url;
      else say('url', `url="${urlText.slice(0, 40)}" is not an https address; it is not shown.`);
    }

    const hoursText = clean(source.hours);
    if (hoursText) {
      // null: not readable, so not shown, but what to do while the line is closed still is.
      line.hours = parseHours(hoursText) ?? null;
      if (!line.hours) {
        say('hours', `hours="${hoursText.slice(0, 40)}" is not like "Mo-Fr 08:00-17:00" (past midnight as two rules: "Fr 22:00-24:00; Sa 00:00-02:00"); the hours are not shown.`);
      }
    }
    const zoneText = clean(source['time-zone']);
    const known = zoneText ? knownZone(zoneText) : undefined;
    line.zone = known || zone;
    if (zoneText && !known && (zone || !region?.zones)) {
      say('time-zone', `time-zone="${zoneText.slice(0, 40)}" is not a time zone like "Europe/London"; ${zone ? `using ${zone}` : 'no open/closed status is shown'}.`);
    }
    // In a region with several zones and no zone given (here or as the element's clinic-time-zone), the main zone
    // would be a guess: the hours in the clinic's "local time" with no open/closed status, rather than a wrong one.
    if (line.hours && !line.zone && region?.zones) {
      say(
        'time-zone',
        `${zoneText ? `time-zone="${zoneText.slice(0, 40)}" is not a time zone like "America/Chicago", and ` : ''}${region.code} has more than one time zone: give this line a time-zone (or the element a clinic-time-zone) for its open/closed status.`,
      );
    }

    const kindText = clean(source.kind);
    const kind = lineKind(kindText);
    if (kind) line.kind = kind;
    else {
      line.guessed = true;
      say(
        'kind',
        `${kindText ? `kind="${kindText.slice(0, 20)}" is not` : 'kind is missing; it should be'} "clinic", "mental-health" or "support". Shown as "support", and routed as "clinic" while closed.`,
      );
    }

    // A line with nothing to tap is not shown (a phone or url that was given but refused has been warned about).
    if (!line.phone && !line.url) {
      if (!phoneText && !urlText) say('phone', 'a local line needs a phone number or an https url; it is not shown.');
      return;
    }
    lines.push(line);
  });
  // One warning for the lot, however long the list.
  if (extra) warn('<haven-line>', `more than ${MAX_LINES} local lines; only the first ${MAX_LINES} are shown.`);
  return lines;
}

/** Words a clinic may write for a kind. */
const KIND_WORDS: Record<string, LineKind> = {
  clinical: 'clinic',
  medical: 'clinic',
  mentalhealth: 'mental-health',
  'perinatal-mental-health': 'mental-health',
  bereavement: 'support',
  grief: 'support',
  counselling: 'support',
  counseling: 'support',
};

/**
 * The kind a `kind` attribute names, read as a person would write it: any case, a space or an underscore for the
 * hyphen, and a few plain words ("clinical", "bereavement"…). Undefined for anything else.
 */
function lineKind(text: string): LineKind | undefined {
  const key = text.toLowerCase().replace(/[\s_-]+/g, '-');
  const kind = KIND_WORDS[key] ?? key;
  return (LINE_KINDS as readonly string[]).includes(kind) ? (kind as LineKind) : undefined;
}

/**
 * `<haven-line>` children of `parent`, any nested in them (an HTML `<haven-line … />` is not closed), and those of a
 * `<haven-lines>` child (a list written inside the element instead of named by `lines`).
 */
export function lineElements(parent: Element | null | undefined, into: Element[] = [], depth = 0): Element[] {
  if (!parent || depth > 8) return into;
  for (const child of Array.from(parent.children ?? [])) {
    const tag = child.localName;
    if (tag !== 'haven-line' && tag !== 'haven-lines') continue;
    if (tag === 'haven-line') into.push(child);
    lineElements(child, into, depth + 1);
  }
  return into;
}

/** The attributes of a `<haven-line>` element, read through the DOM's own methods (core/dom.ts). */
export function lineSource(el: Element): LineSource {
  const source: LineSource = {};
  for (const name of LINE_ATTRIBUTES) source[name] = attributeOf(el, name);
  return source;
}
