/**
 * Templates for contacts, shared by the banner, the checklist's urgent results and the guide's crisis and contact
 * sections. Each link's visible text says what it does ("Call 988", "Text 988"), which is also its accessible name.
 * Each link also carries `data-service` and `data-method`, from which HavenElement sends `haven-contact`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { accessRoutesFor } from '../content/access.js';
import { HOTLINE_DIRECTORY, type ContactLine } from '../content/contacts.js';
import type { Strings } from '../content/strings.js';
import type { Lang } from '../content/types.js';
import type { ResolvedContacts } from './contacts.js';
import type { LineKind, LocalLine } from './local-lines.js';
import { hoursRules, hoursStatus, parseHours, rangePairs, type Hours } from './hours.js';
import { normalisePhone, phoneLabel, smsHref, telHref, type PhoneNumber } from './phone.js';
import { safeHttpUrl } from './url.js';

export type ActionStyle = 'plain' | 'primary' | 'urgent';

/** A call link; `service` is what it reaches, as sent in `haven-contact`: a line id, `emergency` or `clinic`. */
export function callLink(phone: PhoneNumber, label: string, service: string, style: ActionStyle = 'plain'): TemplateResult {
  return html`<a class="action ${style}" part="action call" href=${telHref(phone)} data-service=${service} data-method="call"
    >${label}</a
  >`;
}

/** "Call (703) 437-0001": a call link whose text is the number as the patient reads it. */
export function callNumber(phone: PhoneNumber, s: Strings, service: string, style: ActionStyle = 'plain'): TemplateResult {
  return callLink(phone, s.call(phoneLabel(phone)), service, style);
}

/** "Call 911" (or a clinic-chosen override); without a known number, the words "Call your local emergency number". */
export function emergencyAction(c: ResolvedContacts, s: Strings, style: ActionStyle = 'urgent'): TemplateResult {
  if (!c.emergency) return html`<strong part="emergency-words">${s.callLocalEmergency}</strong>`;
  // A clinic's own full-number override is shown first, as asked, and the region's number always beside it.
  return c.emergencyAlso
    ? html`${callNumber(c.emergency, s, 'emergency', style)} ${callNumber(c.emergencyAlso, s, 'emergency', style)}`
    : callNumber(c.emergency, s, 'emergency', style);
}

/** "Call 911 or go to the nearest emergency room.", with the place in the words of the region (A&E in the UK). */
export function emergencyLine(c: ResolvedContacts, s: Strings, lang: Lang, style: ActionStyle = 'urgent'): TemplateResult {
  return html`${emergencyAction(c, s, style)} ${s.emergencyAction(c.region?.hospital?.[lang] ?? s.emergencyRoom)}`;
}

/** The same words as emergencyLine, as text: "Call 911 or go to the nearest emergency room." */
export function emergencyWords(c: ResolvedContacts, s: Strings, lang: Lang): string {
  const calls = [c.emergency, c.emergencyAlso].filter((phone) => phone).map((phone) => s.call(phoneLabel(phone!)));
  return `${calls.length ? calls.join(' ') : s.callLocalEmergency} ${s.emergencyAction(c.region?.hospital?.[lang] ?? s.emergencyRoom)}`;
}

/** The emergency call and the region's crisis call side by side: help right now, in two taps. */
export function helpNowActions(c: ResolvedContacts, s: Strings): TemplateResult {
  return html`<ul class="actions" role="list">
    <li>${emergencyAction(c, s)}</li>
    <li>${crisisCallAction(c, s)}</li>
  </ul>`;
}

/** How a line's call action names its number, e.g. `1-833-TLC-MAMA (1-833-852-6262)` or `988`. */
function callName(line: ContactLine, phone: PhoneNumber): string {
  return line.vanity ? `${line.vanity} (${phoneLabel(phone)})` : phoneLabel(phone);
}

/** One call a patient can make: the number, the words on its button ("Call 988"), and the service it reaches. */
export interface Call {
  phone: PhoneNumber;
  label: string;
  service: string;
}

/** A line's call, where it takes calls. */
function lineCall(line: ContactLine | undefined, c: ResolvedContacts, s: Strings): Call | undefined {
  const phone = normalisePhone(line?.call, c.region?.dialPlan);
  return line && phone ? { phone, label: s.call(callName(line, phone)), service: line.id } : undefined;
}

/** The region's 24/7 nurse or health advice line (NHS 111, 1800MEDICARE…), where it has one. */
export const adviceCall = (c: ResolvedContacts, s: Strings) => lineCall(c.region?.advice, c, s);

/** The region's first crisis line, for places that offer a single crisis action. */
export const crisisCall = (c: ResolvedContacts, s: Strings) => lineCall(c.region?.crisis[0], c, s);

/**
 * The call for a sign that needs care at any hour, for places that offer one action (the sticky bar, the announced
 * summary): the clinic's after-hours line, else the region's 24/7 nurse line. Never the clinic's daytime number.
 */
export function careNowCall(c: ResolvedContacts, s: Strings): Call | undefined {
  if (c.afterHours) return { phone: c.afterHours, label: s.call(phoneLabel(c.afterHours)), service: 'after-hours' };
  return lineCall(c.region?.advice, c, s);
}

/** The clinic's own call, when its number parses. */
export function clinicCall(c: ResolvedContacts, s: Strings): Call | undefined {
  return c.clinicPhone ? { phone: c.clinicPhone, label: s.call(phoneLabel(c.clinicPhone)), service: 'clinic' } : undefined;
}

export const callOf = (call: Call, style: ActionStyle = 'plain') => callLink(call.phone, call.label, call.service, style);

/**
 * The region's first crisis line as one call link ("Call 988"), for places that offer a single crisis action: the
 * compact banner, the guide's "right now" block, the checklist's bar, the failure fallback. The helpline directory
 * where Haven has no crisis line to call.
 */
export function crisisCallAction(c: ResolvedContacts, s: Strings, style: ActionStyle = 'primary'): TemplateResult {
  const call = crisisCall(c, s);
  return call ? callOf(call, style) : hotlineDirectory(c, s);
}

/** The actions of one crisis or support line: call, text and chat links, each built from the same data. */
function lineActions(line: ContactLine, c: ResolvedContacts, s: Strings, lang: Lang, style: ActionStyle, service: string) {
  const plan = c.region?.dialPlan;
  const call = normalisePhone(line.call, plan);
  const text = normalisePhone(line.textFor?.[lang] ?? line.text, plan);
  const keyword = line.textKeyword?.[lang];
  // The scheme is checked where the link is built, whatever the data says.
  const chat = safeHttpUrl(line.chat, true);
  return html`<ul class="actions" role="list">
    ${call ? html`<li>${callLink(call, s.call(callName(line, call)), service, style)}</li>` : nothing}
    ${text
      ? html`<li>
          <a class="action" part="action text" href=${smsHref(text, keyword)} data-service=${service} data-method="text"
            >${keyword ? s.textKeyword(keyword, phoneLabel(text)) : s.text(phoneLabel(text))}</a
          >
        </li>`
      : nothing}
    ${chat
      ? html`<li>
          <a
            class="action"
            part="action chat"
            href=${chat}
            target="_blank"
            rel="noopener noreferrer"
            data-service=${service}
            data-method="chat"
            >${s.chat}<span class="new-tab" aria-hidden="true">↗</span><span class="visually-hidden"
              >${` ${s.chatWith(line.name[lang])} ${s.opensNewTab}`}</span
            ></a
          >
        </li>`
      : nothing}
  </ul>`;
}

/**
 * The hours in words, in the line's zone: "Monday to Friday, 9 AM to 5 PM; Saturday, 9 AM to noon (UK time)." The
 * same words on the server and in every browser (no Intl), so hydration changes none of them.
 */
export function hoursWords(hours: Hours, zone: string | undefined, s: Strings): string {
  if (allWeek(hours)) return `${s.always}.`;
  const names = s.days.split(',');
  // "9 AM", "9:30 PM", "noon", "midnight"; a no-break space keeps the time and AM/PM on one line.
  const time = (minutes: number) =>
    minutes % 720
      ? `${((minutes / 60) | 0) % 12 || 12}${minutes % 60 ? `:${String(minutes % 60).padStart(2, '0')}` : ''}\u00a0${minutes < 720 ? s.am : s.pm}`
      : minutes === 720
        ? s.noon
        : s.midnight;
  const list = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} ${s.and} ${items[items.length - 1]}` : items[0]);
  const rules = hoursRules(hours).map(({ runs, ranges }) => {
    // Days after the first in the run (a run past Sunday ends before it starts).
    const days = runs.flatMap(([first, last]) => {
      const more = (last - first + 7) % 7;
      return more > 5 ? [s.everyDay] : more > 1 ? [s.dayRun(names[first], names[last])] : more ? [names[first], names[last]] : [names[first]];
    });
    return `${list(days)}, ${list(rangePairs(ranges).map(([from, to]) => (to - from === 1440 ? s.allDay : s.timeRange(time(from), time(to)))))}`;
  });
  // Without a zone Haven is sure of, the clinic's own local time, and no open/closed status (hoursNote).
  const city = zone?.split('/').pop()?.replace(/_/g, ' ');
  return s.hoursIn(rules.join('; '), (zone && s.zones[zone]) || (city ? s.zoneTime(city) : s.localTime));
}

/** Open all day, every day: written as such, and with nothing to do "when it is closed". */
const allWeek = (hours: Hours) => hours.every((day) => String(day) === '0,1440');

/**
 * A line's or the clinic's hours in words, after "Open now" or "Closed now" (never colour alone), then what to do
 * while it is closed. Before the patient's clock is known (on the server, and in a pre-rendered page until the script
 * has run) the label reads "Hours:". The three labels share one box as wide as the widest, so the label changing
 * moves nothing on the page (no layout shift when a pre-rendered page is hydrated, or when a line opens). The two not
 * in use are `hidden`, so a page whose stylesheet failed to load still shows one label, not all three. Not a live
 * region: it changes only when the line opens or closes, and is read with the line.
 */
function hoursNote(c: ResolvedContacts, s: Strings, hours: Hours | null | undefined, zone: string | undefined, then: unknown = nothing) {
  // Hours given but not readable (warned about): no hours, but still what to do while it is closed.
  if (hours === null) return html`<p class="note hours" part="hours">${then}</p>`;
  if (!hours) return nothing;
  const now = c.now;
  let state = '';
  // Only in a zone Haven is sure of: without one, the patient's own clock could call a closed line open.
  if (now && zone) {
    const { open, change } = hoursStatus(hours, zone, now);
    if (change) c.due = Math.min(c.due ?? Infinity, change.getTime());
    state = open ? 'open' : 'closed';
  }
  return html`<p class="note hours" part="hours">
    <span class="status" part="hours-status" data-state=${state}
      ><span ?hidden=${state !== ''}>${s.hoursLabel}</span><span ?hidden=${state !== 'open'}>${s.openNow}</span
      ><span ?hidden=${state !== 'closed'}>${s.closedNow}</span></span
    >
    ${hoursWords(hours, zone, s)} ${allWeek(hours) ? nothing : then}
  </p>`;
}

/** "When it is closed, any time of day or night: Call 988": what a patient can do while a line is closed. */
const instead = (s: Strings, call: Call | undefined) => (call ? html`${s.whenClosed} ${callOf(call)}` : nothing);

/**
 * One line: its name, when it answers, a note, and its actions. A service whose name has no translation (Samaritans,
 * Need to Talk? 1737) is marked `lang="en"` inside Spanish text, so a screen reader says it in English. `service` is
 * what `haven-contact` reports for its links (the line's id unless given).
 */
export function contactLine(
  line: ContactLine,
  c: ResolvedContacts,
  s: Strings,
  lang: Lang,
  support = false,
  style: ActionStyle = 'plain',
  service = line.id,
) {
  return html`<li class="line" part="line" data-line=${line.id}>
    <strong class="line-name" lang=${lang !== 'en' && line.name[lang] === line.name.en ? 'en' : nothing}
      >${line.name[lang]}</strong
    >
    ${support ? html`<span class="tag" part="tag">${s.supportLine}</span>` : nothing}
    ${lineActions(line, c, s, lang, style, service)}
    ${line.note ? html`<p class="note">${line.always ? `${s.always}. ` : ''}${line.note[lang]}</p>` : nothing}
    ${line.hours ? hoursNote(c, s, parseHours(line.hours), c.region?.zone, instead(s, crisisCall(c, s))) : nothing}
  </li>`;
}

/**
 * What `haven-contact` reports for a route without a voice call: "emergency", like the emergency call, so the event
 * says nothing about how a patient reaches help (a route's own id would hint that they are Deaf or hard of hearing).
 */
export const ACCESS_SERVICE = 'emergency';

/**
 * Ways to reach help without a voice call, for someone who is Deaf or hard of hearing or cannot talk out loud (the
 * region's `access` routes), behind one disclosure so the banner does not grow. Nothing where the region has none.
 */
export function accessRoutes(c: ResolvedContacts, s: Strings, lang: Lang) {
  const routes = accessRoutesFor(c.region?.code);
  return routes.length
    ? html`<details class="access" part="access">
        <summary part="access-summary">${s.accessSummary}</summary>
        <ul class="lines" role="list">
          ${routes.map((route) => contactLine(route, c, s, lang, false, 'plain', ACCESS_SERVICE))}
        </ul>
      </details>`
    : nothing;
}

/** The clinic's open/closed status from `clinic-hours`, in its zone. */
const clinicHours = (c: ResolvedContacts, s: Strings, then?: unknown) =>
  hoursNote(c, s, c.clinicHours, c.zone, then);

/** Whether the clinic's own hours say it is closed at this render (never on the server, which has no patient clock). */
function clinicClosed(c: ResolvedContacts): boolean {
  const { clinicHours: hours, now } = c;
  if (!hours || !now) return false;
  // Without its zone in a region with several, the clinic counts as closed if it is closed in any of them (the
  // cautious reading: the way to care at any hour comes first), and the element re-renders when any of them changes.
  let closed = false;
  for (const zone of (c.zoneUnsure && c.region?.zones) || [c.zone]) {
    const { open, change } = hoursStatus(hours, zone, now);
    if (change) c.due = Math.min(c.due ?? Infinity, change.getTime());
    closed ||= !open;
  }
  return closed;
}

/**
 * What a patient can do while the clinic is closed, for a question about the body: its after-hours line (shown just
 * below the clinic), else the region's 24/7 nurse line, else "If it is closed and you need care now:" and the emergency number.
 * Never the crisis line: that is for feelings, and every element shows it in its own place.
 */
function whileClosed(c: ResolvedContacts, s: Strings, lang: Lang) {
  if (c.afterHours) return nothing;
  const nurse = adviceCall(c, s);
  return nurse ? instead(s, nurse) : cannotWait(c, s, lang);
}

/** "If it is closed and you need care now:" and the emergency number: the last route while a line is closed. */
const cannotWait = (c: ResolvedContacts, s: Strings, lang: Lang) => html`${s.closedCannotWait} ${emergencyLine(c, s, lang, 'plain')}`;

/**
 * What a patient can do while a line for feelings is closed: the region's 24/7 crisis line, else (a region Haven has
 * no crisis line for) "If it is closed and you need care now:" and the emergency number. Never nothing.
 */
function crisisMeanwhile(c: ResolvedContacts, s: Strings, lang: Lang) {
  const call = crisisCall(c, s);
  return call ? instead(s, call) : cannotWait(c, s, lang);
}

/**
 * The clinic's name and number (a number that did not parse is plain text, never a link), and its after-hours line
 * when the clinic gave one. `closed` is what follows the clinic's hours (what to do while it is closed)
 * (whileClosed unless given: the checklist passes nothing where its own same-day and emergency steps follow).
 */
export function clinicContact(c: ResolvedContacts, s: Strings, lang: Lang, style: ActionStyle = 'plain', closed?: unknown) {
  const name = html`<strong class="line-name">${c.clinicName || s.yourClinic}</strong>`;
  const afterHours = c.afterHours
    ? html`<p class="note after-hours">${s.afterHours}</p>
        <ul class="actions" role="list">
          <li>${callNumber(c.afterHours, s, 'after-hours')}</li>
        </ul>`
    : nothing;
  const hours = clinicHours(c, s, closed === undefined ? whileClosed(c, s, lang) : closed);
  if (c.clinicPhone) {
    return html`${name}
      <ul class="actions" role="list">
        <li>${callNumber(c.clinicPhone, s, 'clinic', style)}</li>
      </ul>
      ${hours} ${afterHours}`;
  }
  return html`${name}
    ${c.clinicPhoneText
      ? html`<p class="note" part="clinic-phone-text">${c.clinicPhoneText}</p>`
      : html`<p class="note">${s.clinicNoPhone}</p>`}
    ${hours} ${afterHours}`;
}

/**
 * The clinic's name and numbers as text, for paper (a link does not print its number): "All About Women · (703)
 * 437-0001 · After hours and weekends: (703) 555-0199". Nothing when the clinic gave none of them. Printed by the
 * guide and by the checklist's "Print my answers".
 */
export function clinicOnPaper(c: ResolvedContacts, s: Strings) {
  const number = c.clinicPhone ? phoneLabel(c.clinicPhone) : c.clinicPhoneText;
  if (!number && !c.clinicName && !c.afterHours) return nothing;
  // Plain strings keep their leading space through the build's template minifier (a nested template loses it).
  return html`<p class="print-clinic">
    <strong>${c.clinicName || s.yourClinic}</strong>${number ? ` · ${number}` : nothing}${c.afterHours
      ? ` · ${s.afterHours} ${phoneLabel(c.afterHours)}`
      : nothing}
  </p>`;
}

/** The one action for care at any hour (the sticky bar): the after-hours or nurse line, else the emergency number. */
export function careNowAction(c: ResolvedContacts, s: Strings, style: ActionStyle = 'primary'): TemplateResult {
  const call = careNowCall(c, s);
  return call ? callOf(call, style) : emergencyAction(c, s, style);
}

/**
 * What to do for a sign that needs care right away, at any hour, in the order a patient can act on at any time of
 * day: the clinic's after-hours line; else the clinic if it is open, then (closed, or no answer) the region's 24/7
 * nurse line; and always the emergency number last, for when nobody answers or things get worse. Where there is no
 * nurse line (the US, Ireland), the emergency room follows the clinic directly. While the clinic's hours say it is
 * closed, the nurse line (else the emergency number) comes first and the clinic is only named with when it opens.
 */
export function careNow(c: ResolvedContacts, s: Strings, lang: Lang, style: ActionStyle = 'primary'): TemplateResult {
  const advice = c.region?.advice;
  const nurse = (lead: string) => html`<p class="lead">${lead}</p>
    <ul class="lines" role="list">
      ${contactLine(advice!, c, s, lang)}
    </ul>`;
  const emergency = (lead: string) => html`<p class="then">${lead} ${emergencyLine(c, s, lang, 'plain')}</p>`;
  if (c.afterHours) {
    return html`<p class="primary">${s.nowAfterHours} ${callNumber(c.afterHours, s, 'after-hours', style)}</p>
      ${emergency(s.nowEmergency)}`;
  }
  if ((c.clinicPhone || c.clinicPhoneText) && clinicClosed(c)) {
    // Known to be closed: the way to care at this hour is the main step, not a clinic that will not answer. The
    // clinic's name and when it opens stay in view; its number is in the clinic's own place on the page.
    return html`<p class="lead"><strong class="line-name">${c.clinicName || s.yourClinic}</strong></p>
      ${clinicHours(c, s)}
      ${advice
        ? html`${nurse(s.nowNurseLine)}${emergency(s.nowEmergency)}`
        : html`<p class="primary">${s.nowGetCare} ${emergencyLine(c, s, lang, style === 'primary' ? 'urgent' : style)}</p>`}`;
  }
  if (c.clinicPhone || c.clinicPhoneText) {
    const clinic = c.clinicPhone ? callNumber(c.clinicPhone, s, 'clinic', style) : c.clinicPhoneText;
    return html`<p class="primary">${s.nowClinicOpen} ${clinic}</p>
      ${clinicHours(c, s)} ${advice ? html`${nurse(s.nowClinicClosed)}${emergency(s.nowEmergency)}` : emergency(s.nowClosedEmergency)}`;
  }
  return advice
    ? html`${nurse(s.nowNurseLine)}${emergency(s.nowEmergency)}`
    : html`<p class="primary">${s.nowNoPhone}</p>${emergency(s.nowUnreachable)}`;
}

/**
 * Link to the helpline directory for readers outside the regions Haven knows. Its host name is part of the visible
 * text, so a patient can see where it goes before tapping.
 */
export function hotlineDirectory(c: ResolvedContacts, s: Strings) {
  const href = safeHttpUrl(c.hotlineUrl, true) ?? HOTLINE_DIRECTORY;
  return html`<a
    part="hotline-link"
    href=${href}
    target="_blank"
    rel="noopener noreferrer"
    data-service="directory"
    data-method="web"
    >${s.findHelpline} <span class="host">(${new URL(href).host})</span><span class="new-tab" aria-hidden="true">↗</span
    ><span class="visually-hidden">${` ${s.opensNewTab}`}</span></a
  >`;
}

/**
 * One of the clinic's own local lines (`<haven-line>`): its name, a call link (named with the service, so a list of
 * several "Call …" links tells them apart), a web link, and its hours with "Open now:" / "Closed now:" and the 24/7 line to
 * use meanwhile. Never the primary style: the emergency number and the crisis line stay the first actions.
 * `haven-contact` reports `local`, with the line's name.
 */
function localLine(line: LocalLine, c: ResolvedContacts, s: Strings, lang: Lang) {
  // While a clinical line is closed: the clinic's after-hours line, else as for the clinic itself (whileClosed: the
  // nurse line, else the emergency number if care is needed now); never the crisis line for a question about the body.
  // A line whose kind was missing or mistyped is taken as clinical here, the cautious reading.
  const meanwhile =
    line.kind !== 'clinic' && !line.guessed
      ? crisisMeanwhile(c, s, lang)
      : c.afterHours
        ? html`${s.afterHours} ${callNumber(c.afterHours, s, 'after-hours')}`
        : whileClosed(c, s, lang);
  return html`<li class="line local" part="line local-line" data-line="local" data-kind=${line.kind}>
    <strong class="line-name">${line.name}</strong>
    <ul class="actions" role="list">
      ${line.phone
        ? html`<li>
            <a class="action plain" part="action call" href=${telHref(line.phone)} data-service="local" data-local=${line.name} data-method="call"
              >${s.call(phoneLabel(line.phone))}<span class="visually-hidden">${`, ${line.name}`}</span></a
            >
          </li>`
        : nothing}
      ${line.url
        ? html`<li>
            <a
              class="action"
              part="action web"
              href=${line.url}
              target="_blank"
              rel="noopener noreferrer"
              data-service="local"
              data-local=${line.name}
              data-method="web"
              >${s.website} <span class="host">(${new URL(line.url).host})</span><span class="new-tab" aria-hidden="true">↗</span
              ><span class="visually-hidden">${`, ${line.name} ${s.opensNewTab}`}</span></a
            >
          </li>`
        : nothing}
    </ul>
    ${hoursNote(c, s, line.hours, line.zone, meanwhile)}
  </li>`;
}

/** The local lines of these kinds, as list items for a `ul.lines` that already holds the region's lines. */
export const localLineItems = (c: ResolvedContacts, s: Strings, lang: Lang, kinds: readonly LineKind[]) =>
  c.local.filter((line) => kinds.includes(line.kind)).map((line) => localLine(line, c, s, lang));

/** The local lines of these kinds under "Services near you:", or nothing when the clinic gave none of them. */
export function localLines(c: ResolvedContacts, s: Strings, lang: Lang, kinds: readonly LineKind[]) {
  const items = localLineItems(c, s, lang, kinds);
  return items.length
    ? html`<div class="local-lines">
        <p class="lead">${s.localLead}</p>
        <ul class="lines" role="list">
          ${items}
        </ul>
      </div>`
    : nothing;
}
