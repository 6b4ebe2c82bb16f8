// #19 item 2: "Open now:" / "Closed now:" and the hours in words for lines that are not 24/7 and for the clinic (`clinic-hours`,
// `clinic-time-zone`). The parser and the computation are pure functions of (hours, zone, Date), tested here in
// several zones and across daylight saving changes; the elements are tested with a fixed clock (setClock), never the
// real time.
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { REGIONS } from '../src/content/contacts.js';
import { hoursStatus, knownZone, parseHours, setClock, wallMinute } from '../src/core/hours.js';
import { hoursWords } from '../src/core/contact-templates.js';
import { stringsFor } from '../src/content/strings.js';
import { captureWarnings, shownText } from './helpers.js';

const MA = 'Mo,Tu,Th 09:00-16:00; We,Fr 09:00-20:00';
const PANDA = 'Mo-Fr 09:00-19:30; Sa 09:00-16:00';
const CLINIC = 'Mo-Fr 08:00-17:00';

function status(spec: string, zone: string, iso: string) {
  const { open, change } = hoursStatus(parseHours(spec)!, zone, new Date(iso));
  return `${open ? 'open' : 'closed'} until ${change?.toISOString()}`;
}

describe('opening hours: parser', () => {
  it('reads days, day ranges (also across Sunday), lists and several times a day', () => {
    expect(JSON.stringify(parseHours(MA))).to.equal('[[540,960],[540,960],[540,1200],[540,960],[540,1200],[],[]]');
    expect(JSON.stringify(parseHours('sa-mo 10:00-12:00, 13:00-24:00;'))).to.equal(
      '[[600,720,780,1440],[],[],[],[],[600,720,780,1440],[600,720,780,1440]]',
    );
    expect(JSON.stringify(parseHours(' Mo 9:30-10:00 '))).to.equal('[[570,600],[],[],[],[],[],[]]');
  });

  it('rejects anything else', () => {
    for (const bad of ['', ';', 'Mo-Fr', 'Mo-Fr 9-5', '9:00-17:00', 'Xx 09:00-10:00', 'Mo 17:00-09:00', 'Mo 09:00-25:00', 'Mo 09:60-10:00', 'Mo-Tu-We 09:00-10:00', 'Mo-Fr 9am-5pm', 'Mo 09:00-10:00 <b>']) {
      expect(parseHours(bad) === undefined, `"${bad}" should not parse`).to.equal(true);
    }
  });

  it('reads dashes pasted from a word processor; refuses more than six ranges a day and huge input quickly', () => {
    expect(JSON.stringify(parseHours('Mo–Fr 08:00—17:00'))).to.equal(JSON.stringify(parseHours('Mo-Fr 08:00-17:00')));
    const seven = Array.from({ length: 7 }, (_, i) => `${String(i + 1).padStart(2, '0')}:00-${String(i + 1).padStart(2, '0')}:30`).join(', ');
    expect(parseHours(`Mo ${seven}`) === undefined, 'seven ranges').to.equal(true);
    expect(parseHours(`Mo ${seven.split(', ').slice(0, 6).join(', ')}`) !== undefined, 'six ranges').to.equal(true);
    // Input that once made the parser backtrack: spaces by the hundred, then something that fails.
    expect(parseHours(`Mo${' '.repeat(5000)}x`) === undefined && parseHours(`${'Mo '.repeat(3000)}`) === undefined).to.equal(true);
  });

  it('knows IANA zones and nothing else', () => {
    expect([knownZone('Europe/London'), knownZone('Australia/Sydney'), knownZone('America/Chicago')].join()).to.equal('Europe/London,Australia/Sydney,America/Chicago');
    expect(knownZone('Mars/Olympus') ?? knownZone('not a zone')).to.equal(undefined);
  });

  it('every region has a main zone the browser knows, and the lines with hours parse', () => {
    for (const region of Object.values(REGIONS)) {
      expect(knownZone(region.zone), region.code).to.equal(region.zone);
      for (const line of region.support) if (line.hours) expect(!!parseHours(line.hours), line.id).to.equal(true);
    }
    expect(REGIONS.GB.support.find((l) => l.id === 'miscarriage-association')!.hours).to.equal(MA);
    expect(REGIONS.AU.support.find((l) => l.id === 'panda')!.hours).to.equal(PANDA);
    // PSI publishes no hours that could be sourced: no status rather than a guessed one.
    expect(REGIONS.US.support.find((l) => l.id === 'postpartum-support-international')!.hours).to.equal(undefined);
  });
});

describe('opening hours: open or closed, in the line’s zone', () => {
  /** [what, hours, zone, now, expected]: several zones, across the 2026 daylight saving changes. */
  const CASES: [string, string, string, string, string][] = [
    // The clocks go from 1:00 to 2:00 in London on 29 March 2026: a line opening at 1:00 opens at 2:00 BST (01:00Z).
    ['opening in the hour the clocks skip', 'Mo-Su 01:00-03:00', 'Europe/London', '2026-03-29T00:17:00Z', 'closed until 2026-03-29T01:00:00.000Z'],
    ['Saturday noon, UK winter (GMT)', MA, 'Europe/London', '2026-12-05T12:00:00Z', 'closed until 2026-12-07T09:00:00.000Z'],
    ['a second before opening', MA, 'Europe/London', '2026-12-07T08:59:59Z', 'closed until 2026-12-07T09:00:00.000Z'],
    ['at opening', MA, 'Europe/London', '2026-12-07T09:00:00Z', 'open until 2026-12-07T16:00:00.000Z'],
    ['Wednesday, open until 8 pm', MA, 'Europe/London', '2026-12-09T19:59:00Z', 'open until 2026-12-09T20:00:00.000Z'],
    // BST starts 29 March 2026: Monday 30 March opens at 9:00 BST = 08:00 UTC.
    ['Friday 27 March, after closing', MA, 'Europe/London', '2026-03-27T20:30:00Z', 'closed until 2026-03-30T08:00:00.000Z'],
    ['Monday 30 March, 9:00 BST', MA, 'Europe/London', '2026-03-30T08:00:00Z', 'open until 2026-03-30T15:00:00.000Z'],
    // BST ends 25 October 2026: Monday 26 October opens at 9:00 GMT; 01:30 on the 25th happens twice.
    ['Friday 23 October, 9 pm BST', MA, 'Europe/London', '2026-10-23T20:00:00Z', 'closed until 2026-10-26T09:00:00.000Z'],
    ['01:30 BST on 25 October', MA, 'Europe/London', '2026-10-25T00:30:00Z', 'closed until 2026-10-26T09:00:00.000Z'],
    ['01:30 GMT on 25 October', MA, 'Europe/London', '2026-10-25T01:30:00Z', 'closed until 2026-10-26T09:00:00.000Z'],
    // Australian summer time ends Sunday 5 April 2026 and starts Sunday 4 October 2026.
    ['Friday 3 April, 8 pm AEDT: Saturday 9:00 AEDT', PANDA, 'Australia/Sydney', '2026-04-03T09:00:00Z', 'closed until 2026-04-03T22:00:00.000Z'],
    ['Saturday 4 April, 5 pm AEDT: Monday 9:00 AEST', PANDA, 'Australia/Sydney', '2026-04-04T06:00:00Z', 'closed until 2026-04-05T23:00:00.000Z'],
    ['Saturday 3 October, 5 pm AEST: Monday 9:00 AEDT', PANDA, 'Australia/Sydney', '2026-10-03T07:00:00Z', 'closed until 2026-10-04T22:00:00.000Z'],
    ['Monday 5 October, 7 pm AEDT', PANDA, 'Australia/Sydney', '2026-10-05T08:00:00Z', 'open until 2026-10-05T08:30:00.000Z'],
    // US summer time starts 8 March 2026: Monday 9 March opens at 8:00 EDT = 12:00 UTC.
    ['Friday 6 March, 6 pm EST', CLINIC, 'America/New_York', '2026-03-06T23:00:00Z', 'closed until 2026-03-09T12:00:00.000Z'],
    ['Monday 9 March, 7:30 CDT', CLINIC, 'America/Chicago', '2026-03-09T12:30:00Z', 'closed until 2026-03-09T13:00:00.000Z'],
    // Adelaide is UTC+10:30 in summer: 8:00 there is 21:30 UTC.
    ['Monday 00:30 ACDT', CLINIC, 'Australia/Adelaide', '2026-12-06T14:00:00Z', 'closed until 2026-12-06T21:30:00.000Z'],
  ];
  for (const [what, spec, zone, now, expected] of CASES) {
    it(`${zone}: ${what}`, () => expect(status(spec, zone, now)).to.equal(expected));
  }

  it('reads the wall clock of the zone, whatever the device’s zone', () => {
    // Monday 7 December 2026, 09:00 UTC: 9:00 Monday in London, 20:00 Monday in Sydney, 4:00 Monday in New York.
    const at = new Date('2026-12-07T09:00:00Z');
    expect([wallMinute('Europe/London', at), wallMinute('Australia/Sydney', at), wallMinute('America/New_York', at)].join()).to.equal('540,1200,240');
    // Sunday 23:30 wraps to the end of the week.
    expect(wallMinute('Europe/London', new Date('2026-12-06T23:30:00Z'))).to.equal(6 * 1440 + 1410);
  });

  it('writes the hours out in words, the same on every engine and on the server (no Intl)', () => {
    // A no-break space keeps "9 AM" on one line; compared here as a space.
    const words = (hours: string, zone: string, s: ReturnType<typeof stringsFor>) => hoursWords(parseHours(hours)!, zone, s).replace(/\u00a0/g, ' ');
    expect(hoursWords(parseHours(CLINIC)!, 'Europe/London', stringsFor('en'))).to.equal('Monday to Friday, 8\u00a0AM to 5\u00a0PM (UK time).');
    const en = stringsFor('en');
    const es = stringsFor('es');
    expect(words(MA, 'Europe/London', en)).to.equal(
      'Monday, Tuesday and Thursday, 9 AM to 4 PM; Wednesday and Friday, 9 AM to 8 PM (UK time).',
    );
    expect(words(MA, 'Europe/London', es)).to.equal(
      'lunes, martes y jueves, de las 9 a. m. a las 4 p. m.; miércoles y viernes, de las 9 a. m. a las 8 p. m. (hora del Reino Unido).',
    );
    expect(words(PANDA, 'Australia/Sydney', en)).to.equal(
      'Monday to Friday, 9 AM to 7:30 PM; Saturday, 9 AM to 4 PM (Australian Eastern time).',
    );
    const cases: [hours: string, zone: string | undefined, s: typeof en, expected: string][] = [
      // Breaks, noon, all day, a weekend pair, ranges given out of order; a zone Haven has no name for, by its city.
      ['Mo-Fr 13:00-17:00, 08:00-12:00; Sa,Su 00:00-24:00', 'Europe/Berlin', en, 'Monday to Friday, 8 AM to noon and 1 PM to 5 PM; Saturday and Sunday, all day (Berlin time).'],
      ['Mo,We,Fr 13:00-17:00', 'America/Chicago', es, 'lunes, miércoles y viernes, de la 1 p. m. a las 5 p. m. (hora del Centro).'],
      ['Sa 08:00-12:00, 00:00-06:00', 'Europe/Madrid', es, 'sábado, de la medianoche a las 6 a. m. y de las 8 a. m. al mediodía (hora de Madrid).'],
      ['Su 12:00-13:00', 'Europe/Madrid', es, 'domingo, del mediodía a la 1 p. m. (hora de Madrid).'],
      ['Mo-Fr 09:00-17:00', 'America/Argentina/Buenos_Aires', en, 'Monday to Friday, 9 AM to 5 PM (Buenos Aires time).'],
      // Ranges repeated or overlapping are joined; days past Sunday read in order; a whole week is "Every day".
      ['Mo-Fr 09:00-17:00; Mo-Fr 09:00-17:00; Mo 12:00-18:00', 'Europe/London', en, 'Monday, 9 AM to 6 PM; Tuesday to Friday, 9 AM to 5 PM (UK time).'],
      ['Sa-Mo 10:00-14:00', 'Europe/London', en, 'Saturday to Monday, 10 AM to 2 PM (UK time).'],
      ['Fr-Mo 10:00-14:00; We 10:00-14:00', 'Europe/London', en, 'Wednesday and Friday to Monday, 10 AM to 2 PM (UK time).'],
      ['Su,Mo 10:00-14:00', 'Europe/London', en, 'Sunday and Monday, 10 AM to 2 PM (UK time).'],
      ['Mo-Su 08:00-20:00', 'Europe/London', es, 'todos los días, de las 8 a. m. a las 8 p. m. (hora del Reino Unido).'],
      ['Mo-Su 00:00-24:00', 'Europe/London', en, 'Any time, day or night.'],
      // No zone: the clinic's local time.
      ['Mo 09:00-17:00', undefined, es, 'lunes, de las 9 a. m. a las 5 p. m. (hora local).'],
    ];
    for (const [hours, zone, strings, expected] of cases) expect(words(hours, zone!, strings), hours).to.equal(expected);
    // Zones as the browser names them.
    expect(knownZone('europe/london')).to.equal('Europe/London');
    expect(knownZone('Chicago')).to.equal(undefined);
    // Every zone of every region is named in words in both languages (its usual name, or its city), never its id.
    const names: string[] = [];
    for (const region of Object.values(REGIONS)) {
      for (const zone of [region.zone, ...(region.zones ?? [])]) {
        for (const s of [en, es]) names.push(/\(([^)]*)\)\.$/.exec(words('Mo 09:00-17:00', zone, s))![1]);
      }
    }
    expect(names.filter((name) => /[/_]|^$/.test(name)), names.join(', ')).to.deep.equal([]);
    expect(names).to.include.members(['Eastern time', 'hora del Pacífico', 'UK time', 'Australian Eastern time', 'hora del este de Australia', 'Newfoundland time', 'Irish time', 'hora de Irlanda', 'Perth time', 'hora de Perth']);
  });
});

async function make(tag: string, attrs: string, lang = 'en', children = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.setAttribute('lang', lang);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}>${children}</${tag}>`);
  const el = host.querySelector(tag) as HTMLElement;
  await elementUpdated(el);
  return el;
}

/** Runs `check` with the clock at `at` and console warnings captured (restored after; afterEach resets the clock). */
async function atTime(at: string, check: (warnings: string[]) => Promise<void>) {
  setClock(() => new Date(at));
  const warnings = captureWarnings();
  try {
    await check(warnings.messages);
  } finally {
    warnings.restore();
  }
}

/** The text of every hours note in the element, by the line it belongs to. */
function notes(el: HTMLElement) {
  return [...el.shadowRoot!.querySelectorAll('[part~="hours"]')].map(
    (note) => `${note.closest('[data-line]')?.getAttribute('data-line') ?? 'clinic'}: ${shownText(note)}`,
  );
}

describe('opening hours in the elements (fixed clock)', () => {
  afterEach(() => setClock());

  it('the banner: the Miscarriage Association is closed on Saturday, gives its hours and the 24/7 line', async () => {
    setClock(() => new Date('2026-12-05T12:00:00Z'));
    const el = await make('haven-crisis-banner', 'region="GB" variant="full"');
    const [note] = notes(el);
    expect(note).to.equal('miscarriage-association: Closed now: Monday, Tuesday and Thursday, 9 AM to 4 PM; Wednesday and Friday, 9 AM to 8 PM (UK time). When it is closed, any time of day or night: Call 116 123');
    // The line is still there, with its number.
    const ma = el.shadowRoot!.querySelector('[data-line="miscarriage-association"] a[href="tel:01924200799"]');
    expect(!!ma, 'the closed line keeps its call link').to.equal(true);
    // Not a live region: the status is read with the line, not announced every time it changes.
    const hours = el.shadowRoot!.querySelector('.hours')!;
    expect(hours.closest('[aria-live], [role="status"], [role="alert"]') === null, 'not in a live region').to.equal(true);
    // Only "Closed now:" is without the hidden attribute (the others keep their width, unseen, core/styles.ts .status).
    const labels = [...hours.querySelectorAll('[part~="hours-status"] > span')].map((label) => `${label.textContent}${(label as HTMLElement).hidden ? ' (hidden)' : ''}`);
    expect(labels.join(' | ')).to.equal('Hours: (hidden) | Open now: (hidden) | Closed now:');
    await expect(el).to.be.accessible();
  });

  it('in Spanish, and open on a weekday', async () => {
    setClock(() => new Date('2026-12-05T12:00:00Z'));
    const closed = await make('haven-crisis-banner', 'region="GB" variant="full"', 'es');
    const [note] = notes(closed);
    expect(note).to.equal(
      'miscarriage-association: Cerrado ahora: lunes, martes y jueves, de las 9 a. m. a las 4 p. m.; miércoles y viernes, de las 9 a. m. a las 8 p. m. (hora del Reino Unido). Cuando no atiendan, a cualquier hora del día o de la noche: Llame al 116 123',
    );
    setClock(() => new Date('2026-12-09T19:30:00Z'));
    const open = await make('haven-crisis-banner', 'region="GB" variant="full"', 'es');
    expect(notes(open).join().startsWith('miscarriage-association: Abierto ahora: lunes, martes y jueves'), notes(open).join()).to.equal(true);
    await expect(open).to.be.accessible();
  });

  it('the guide: PANDA in Sydney summer time; no status for PSI, which publishes no hours', async () => {
    // Monday 5 October 2026, 7:45 pm AEDT: closed since 7:30 pm.
    setClock(() => new Date('2026-10-05T08:45:00Z'));
    const au = await make('haven-recovery-guide', 'region="AU"');
    const panda = notes(au).find((n) => n.startsWith('panda:'));
    expect(panda?.startsWith('panda: Closed now: Monday to Friday, 9 AM to 7:30 PM; Saturday, 9 AM to 4 PM (Australian Eastern time).'), String(panda)).to.equal(true);
    expect(panda?.endsWith('Call 13 11 14'), String(panda)).to.equal(true);
    const us = await make('haven-recovery-guide', 'region="US"');
    expect(notes(us).length, notes(us).join()).to.equal(0);
    await expect(au).to.be.accessible();
  });

  it('the clinic: clinic-hours in clinic-time-zone, in the banner, the guide and the checklist', async () => {
    // Saturday 5 December 2026, 11 am in Chicago.
    setClock(() => new Date('2026-12-05T17:00:00Z'));
    const attrs = `clinic-name="Lakeside Clinic" clinic-phone="(312) 555-0100" clinic-hours="${CLINIC}" clinic-time-zone="America/Chicago"`;
    const banner = await make('haven-crisis-banner', `${attrs} variant="full"`);
    const note = notes(banner).find((n) => n.startsWith('clinic'));
    expect(note?.startsWith('clinic: Closed now: Monday to Friday, 8 AM to 5 PM (Central time).'), String(note)).to.equal(true);
    // The US has no nurse line: for a question about the body, the emergency room if it cannot wait (never the crisis
    // line, which the banner shows in its own place).
    expect(note?.includes('If it is closed and you need care now: Call 911'), String(note)).to.equal(true);
    expect(note?.includes('988'), String(note)).to.equal(false);
    const guide = await make('haven-recovery-guide', attrs, 'es');
    const clinic = notes(guide).filter((n) => n.includes('Cerrado ahora: de lunes a viernes, de las 8 a. m. a las 5 p. m. (hora del Centro).'));
    expect(clinic.length > 0, notes(guide).join(' | ')).to.equal(true);
    await expect(guide).to.be.accessible();
    // Monday 9 am in Chicago: open.
    setClock(() => new Date('2026-12-07T15:00:00Z'));
    const checklist = await make('haven-warning-signs', attrs);
    // A sign that needs care now: "if your clinic is open, call it now", with its status.
    const box = checklist.shadowRoot!.querySelector<HTMLInputElement>('#sign-bad-smell')!;
    box.click();
    await elementUpdated(checklist);
    const shown = notes(checklist);
    expect(shown.length > 0 && shown.every((n) => n.startsWith('clinic: Open now: Monday to Friday')), shown.join(' | ')).to.equal(true);
    await expect(checklist).to.be.accessible();
  });

  it('a closed clinic: a sign about the body leads to care at this hour, never to the crisis line or a closed clinic', async () => {
    // Saturday 5 December 2026, 3 am in Chicago and 9 am in London: both clinics closed until Monday.
    setClock(() => new Date('2026-12-05T09:00:00Z'));
    const us = `clinic-name="Lakeside Clinic" clinic-phone="(312) 555-0100" clinic-hours="${CLINIC}" clinic-time-zone="America/Chicago"`;
    const gb = `region="GB" clinic-name="Leeds Clinic" clinic-phone="0113 496 0000" clinic-hours="${CLINIC}"`;
    const result = (el: HTMLElement) => el.shadowRoot!.querySelector('[part~="result"]')!;
    const words = (node: Element) => shownText(node);
    const tickAll = async (el: HTMLElement, ...ids: string[]) => {
      for (const id of ids) el.shadowRoot!.querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
      await elementUpdated(el);
    };

    // The guide's "Call your clinic today" signs (Rh-negative, bleeding that goes on): the ER if it cannot wait.
    const guide = await make('haven-recovery-guide', us);
    const today = words(guide.shadowRoot!.querySelector('[part~="signs-today"]')!);
    expect(today.includes('Closed now: Monday to Friday, 8 AM to 5 PM') && today.includes('If it is closed and you need care now: Call 911'), today).to.equal(true);
    expect(today.includes('988'), today).to.equal(false);

    // "Get care now" (fever) in the US: the emergency number is the first, urgent step; the clinic is named, not offered.
    const usSigns = await make('haven-warning-signs', us);
    await tickAll(usSigns, 'fever');
    const usNow = words(result(usSigns));
    expect(usNow.includes('If your clinic is open'), usNow).to.equal(false);
    expect(usNow.includes('Lakeside Clinic Closed now: Monday to Friday, 8 AM to 5 PM') && usNow.includes('Get care now: Call 911'), usNow).to.equal(true);
    const first = result(usSigns).querySelector('a[href^="tel:"]')!;
    expect(first.getAttribute('href') === 'tel:911' && first.classList.contains('urgent'), first.outerHTML).to.equal(true);
    expect(result(usSigns).querySelector('a[href="tel:+13125550100"]') === null, 'no call to the closed clinic').to.equal(true);
    await expect(usSigns).to.be.accessible();

    // In the UK: NHS 111 first, then 999; in "Call today" NHS 111 once (the same-day step), not twice.
    const gbSigns = await make('haven-warning-signs', gb);
    await tickAll(gbSigns, 'fever');
    const gbNow = words(result(gbSigns));
    expect(gbNow.indexOf('Call a nurse now') >= 0 && gbNow.indexOf('Call a nurse now') < gbNow.indexOf('999'), gbNow).to.equal(true);
    expect(gbNow.includes('If your clinic is open'), gbNow).to.equal(false);
    await tickAll(gbSigns, 'fever', 'rh-negative');
    const gbToday = words(result(gbSigns));
    expect(gbToday.split('Call 111').length - 1, gbToday).to.equal(1);
    expect(gbToday.includes('Closed now: Monday to Friday') && gbToday.includes('Call 999'), gbToday).to.equal(true);
    await expect(gbSigns).to.be.accessible();

    // In Spanish too.
    const es = await make('haven-warning-signs', us, 'es');
    await tickAll(es, 'fever');
    const esNow = words(result(es));
    expect(esNow.includes('Busque atención ahora: Llame al 911'), esNow).to.equal(true);

    // Monday 9 am in Chicago: open again, and the clinic is the first call.
    setClock(() => new Date('2026-12-07T15:00:00Z'));
    const open = await make('haven-warning-signs', us);
    await tickAll(open, 'fever');
    const openNow = words(result(open));
    expect(openNow.includes('If your clinic is open, call it now: Call (312) 555-0100'), openNow).to.equal(true);
  });

  it('an after-hours line takes the place of the 24/7 pointer; the region’s zone is the default', async () => {
    // Saturday noon in London; no clinic-time-zone, so UK time.
    setClock(() => new Date('2026-12-05T12:00:00Z'));
    const el = await make(
      'haven-crisis-banner',
      `region="GB" variant="full" clinic-phone="020 7946 0000" after-hours-phone="020 7946 0999" clinic-hours="${CLINIC}"`,
    );
    const note = notes(el).find((n) => !n.startsWith('miscarriage'));
    expect(note?.endsWith('Closed now: Monday to Friday, 8 AM to 5 PM (UK time).'), String(note)).to.equal(true);
  });

  it('a bad clinic-hours or clinic-time-zone is ignored with one warning naming it; the clinic is still shown', async () => {
    setClock(() => new Date('2026-12-05T17:00:00Z'));
    const warnings = captureWarnings();
    try {
      const el = await make('haven-crisis-banner', 'variant="full" clinic-phone="(312) 555-0100" clinic-hours="weekdays 9 to 5" clinic-time-zone="Chicago"');
      // Hours it cannot read are not shown, but what to do while the clinic is closed still is.
      expect(notes(el).join(' | ')).to.equal('clinic: If it is closed and you need care now: Call 911 or go to the nearest emergency room.');
      expect(!!el.shadowRoot!.querySelector('a[href="tel:+13125550100"]'), 'clinic link').to.equal(true);
      expect(warnings.messages.filter((m) => m.includes('clinic-hours:')).length, warnings.messages.join('\n')).to.equal(1);
      expect(warnings.messages.filter((m) => m.includes('clinic-time-zone:')).length, warnings.messages.join('\n')).to.equal(1);
      // The US has several zones: with a bad zone, good hours show no status (New York's would be a guess) …
      el.setAttribute('clinic-hours', CLINIC);
      await elementUpdated(el);
      expect(notes(el).join(' | ')).to.equal('clinic: Hours: Monday to Friday, 8 AM to 5 PM (local time). If it is closed and you need care now: Call 911 or go to the nearest emergency room.');
      // … until the zone is right: Saturday 11 am in Chicago, so closed until Monday 8 am Central.
      el.setAttribute('clinic-time-zone', 'America/Chicago');
      await elementUpdated(el);
      const [note] = notes(el);
      expect(note?.startsWith('clinic: Closed now: Monday to Friday, 8 AM to 5 PM (Central time).'), String(note)).to.equal(true);
    } finally {
      warnings.restore();
    }
  });

  it('without a zone Haven is sure of, the hours are in "local time" with no status, whatever the device’s clock', () =>
    // 20:00 UTC on a Monday: 9 pm in London, but 9 am on Tuesday in Auckland. A clinic in a region Haven does not know
    // has no zone to assume, so the patient's own clock never calls it open.
    atTime('2026-12-07T20:00:00Z', async (warnings) => {
      const el = await make('haven-crisis-banner', `region="FR" emergency-number="112" variant="full" clinic-phone="01 23 45 67 89" clinic-hours="Tu 08:00-17:00"`);
      const meanwhile = 'If it is closed and you need care now: Call 112 or go to the nearest emergency room.';
      expect(notes(el).join(' | ')).to.equal(`clinic: Hours: Tuesday, 8 AM to 5 PM (local time). ${meanwhile}`);
      expect(warnings.filter((m) => m.includes('clinic-time-zone: clinic-time-zone is missing')).length, warnings.join('\n')).to.equal(1);
      el.setAttribute('clinic-time-zone', 'europe/paris');
      await elementUpdated(el);
      expect(notes(el).join(' | ')).to.equal(`clinic: Closed now: Tuesday, 8 AM to 5 PM (Paris time). ${meanwhile}`);
    }));

  it('a local line: hours it cannot read still say what to do while it is closed; the clinic’s after-hours line by its name', () =>
    atTime('2026-12-05T12:00:00Z', async (warnings) => {
      // The banner's local line (an early pregnancy unit), with these hours and the banner's other attributes.
      const localNote = async (hours: string, attrs = '') => {
        const line = `<haven-line name="Early Pregnancy Unit" kind="clinic" phone="0113 392 6732" hours="${hours}"></haven-line>`;
        const el = await make('haven-crisis-banner', `region="GB" variant="full" ${attrs}`, 'en', line);
        return notes(el).filter((n) => n.startsWith('local')).join(' | ');
      };
      expect(await localNote('Mo-Fr 8-16')).to.equal('local: When it is closed, any time of day or night: Call 111');
      expect(warnings.filter((m) => m.includes('> hours:') && m.includes('past midnight as two rules')).length, warnings.join('\n')).to.equal(1);
      // With the clinic's after-hours line: named as such, not as a line open at any hour.
      expect(await localNote('Mo-Fr 08:00-16:00', 'after-hours-phone="020 7946 0999"')).to.equal(
        'local: Closed now: Monday to Friday, 8 AM to 4 PM (UK time). After hours and weekends: Call 020 7946 0999',
      );
      // Open all day, every day: said so, with nothing to do "when it is closed".
      expect(await localNote('Mo-Su 00:00-24:00')).to.equal('local: Open now: Any time, day or night.');
    }));

  it('changes when the line opens while the page is open, and stops its timer when removed', async () => {
    let now = new Date('2026-12-07T08:59:59.500Z');
    setClock(() => now);
    const el = await make('haven-crisis-banner', 'region="GB" variant="full"');
    expect(notes(el).join().includes('Closed now'), notes(el).join()).to.equal(true);
    now = new Date('2026-12-07T09:00:01Z');
    // The element's own timer fires 1 s after the opening it was told about.
    await new Promise((resolve) => setTimeout(resolve, 1800));
    await elementUpdated(el);
    expect(notes(el).join().startsWith('miscarriage-association: Open now: Monday'), notes(el).join()).to.equal(true);
    // Removed: no more updates (the timer is cleared), and put back, it shows the time then.
    el.remove();
    now = new Date('2026-12-07T16:00:00Z');
    document.body.append(el);
    await elementUpdated(el);
    expect(notes(el).join().includes('Closed now'), notes(el).join()).to.equal(true);
    el.remove();
  });
});
