// #19 item 3: the clinic's own local lines (`<haven-line>` children, or a shared `<haven-lines id>` named by
// `lines="id"`), in the banner, the checklist's results where their kind fits, and the guide; always after the
// emergency number and the crisis line. Clock-dependent tests use a fixed clock (setClock), never the real time.
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import { REGIONS } from '../src/content/contacts.js';
import { SIGNS, type Tier } from '../src/content/signs.js';
import { setClock } from '../src/core/hours.js';
import { resolveLines, MAX_LINES } from '../src/core/local-lines.js';
import { captureWarnings, shownText } from './helpers.js';
import { HOSTILE_VALUES } from './hostile-values.js';

const EPU = '<haven-line name="Early Pregnancy Unit" phone="0113 392 6732" hours="Mo-Fr 08:00-17:00" kind="clinic"></haven-line>';
const PMH = '<haven-line name="Perinatal Mental Health Team" phone="0113 555 0101" kind="mental-health"></haven-line>';
const BEREAVEMENT = '<haven-line name="Bereavement Midwife" phone="0113 555 0102" url="https://example.org/bereavement" kind="support"></haven-line>';
const ALL = `${EPU}${PMH}${BEREAVEMENT}`;

type Haven = HTMLElement & { updateComplete: Promise<boolean> };

/** Parsed from a string, as a CMS would write it. */
async function make(tag: string, attrs: string, inner = '', before = ''): Promise<Haven> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `${before}<${tag} ${attrs}>${inner}</${tag}>`);
  const el = host.querySelector(tag) as Haven;
  await elementUpdated(el);
  return el;
}

const localItems = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('li[data-line="local"]')];
const names = (root: ParentNode) => localItems(root).map((li) => li.querySelector('.line-name')!.textContent!.trim());
const textOf = (node: Element | null | undefined) => shownText(node);
/** Whether `a` comes before `b` in the document. */
const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

async function tickTier(el: Haven, tier: Tier, group: 'body' | 'feelings' = 'body') {
  const sign = SIGNS.find((s) => s.tier === tier && s.group === group)!;
  const box = el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${sign.id}"]`)!;
  box.click();
  await elementUpdated(el);
}

const result = (el: Haven) => el.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!;

describe('local lines: the banner', () => {
  afterEach(() => setClock());

  it('lists children after the emergency number, the crisis line and the national lines, each a tel: link named with its service', async () => {
    const el = await make('haven-crisis-banner', 'region="GB" variant="full" clinic-name="Leeds Clinic" clinic-phone="0113 496 0000"', ALL);
    const root = el.shadowRoot!;
    expect(names(root).join('|')).to.equal('Early Pregnancy Unit|Perinatal Mental Health Team|Bereavement Midwife');
    const first = localItems(root)[0];
    const emergency = root.querySelector('[part~="emergency"]')!;
    const crisis = root.querySelector(`li[data-line="${REGIONS.GB.crisis[0].id}"]`)!;
    const clinic = root.querySelector('li[data-line="clinic"]')!;
    expect(before(emergency, first) && before(crisis, first) && before(clinic, first), 'local lines come after').to.equal(true);
    const call = first.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    expect(call.getAttribute('href')).to.equal('tel:01133926732');
    expect(textOf(call)).to.equal('Call 0113 392 6732, Early Pregnancy Unit');
    expect(call.className.includes('primary') || call.className.includes('urgent'), 'never the primary style').to.equal(false);
    const web = localItems(root)[2].querySelector<HTMLAnchorElement>('a[part~="web"]')!;
    expect(web.getAttribute('href')).to.equal('https://example.org/bereavement');
    expect(web.getAttribute('rel')).to.equal('noopener noreferrer');
    // The <haven-line> markup is data, not text on the page.
    expect(el.innerText?.trim() ?? '', 'no light-DOM text').to.equal('');
    await expect(el).to.be.accessible();
  });

  it('the compact variant keeps them behind "More ways to get help", so the row does not grow', async () => {
    const el = await make('haven-crisis-banner', 'region="GB" variant="compact"', ALL);
    const details = el.shadowRoot!.querySelector<HTMLElement>('#details')!;
    expect(details.classList.contains('collapsed')).to.equal(true);
    expect(localItems(details).length).to.equal(3);
    expect(localItems(el.shadowRoot!.querySelector('.compact-row')!).length).to.equal(0);
  });

  it('a shared <haven-lines id> named by lines="id" comes first, then the element’s own', async () => {
    const list = `<haven-lines id="leeds-lines">${PMH}${BEREAVEMENT}</haven-lines>`;
    const el = await make('haven-crisis-banner', 'region="GB" variant="full" lines="leeds-lines"', EPU, list);
    expect(names(el.shadowRoot!).join('|')).to.equal('Perinatal Mental Health Team|Bereavement Midwife|Early Pregnancy Unit');
  });

  it('a list that is added later is found (and warned about until then, naming lines)', async () => {
    const warnings = captureWarnings();
    try {
      const el = await make('haven-crisis-banner', 'region="GB" variant="full" lines="late"');
      expect(names(el.shadowRoot!).length).to.equal(0);
      expect(warnings.messages.some((m) => m.includes('lines: lines="late"')), warnings.messages.join('\n')).to.equal(true);
      el.insertAdjacentHTML('afterend', `<div><haven-lines id="late">${PMH}</haven-lines></div>`);
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(names(el.shadowRoot!).join()).to.equal('Perinatal Mental Health Team');
    } finally {
      warnings.restore();
    }
  });

  it('a CMS or framework adding, changing and removing lines is shown; nothing is watched after disconnect', async () => {
    const el = await make('haven-crisis-banner', 'region="GB" variant="full"');
    el.insertAdjacentHTML('beforeend', PMH);
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(names(el.shadowRoot!).join()).to.equal('Perinatal Mental Health Team');
    el.querySelector('haven-line')!.setAttribute('phone', '0113 555 0199');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(localItems(el.shadowRoot!)[0].querySelector('a')!.getAttribute('href')).to.equal('tel:01135550199');
    el.querySelector('haven-line')!.remove();
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(names(el.shadowRoot!).length).to.equal(0);
    el.remove();
    expect((el as unknown as { lineObserver?: unknown }).lineObserver === undefined, 'observer disconnected').to.equal(true);
    el.insertAdjacentHTML('beforeend', PMH);
    await new Promise((r) => setTimeout(r, 0));
  });

  it('opening hours with a fixed clock: "Open now:" or "Closed now:", the hours in words, and the 24/7 line to use instead', async () => {
    // Saturday 5 December 2026, noon in London: the unit (Mo-Fr) is closed.
    setClock(() => new Date('2026-12-05T12:00:00Z'));
    const closed = await make('haven-crisis-banner', 'region="GB" variant="full"', EPU);
    const note = textOf(localItems(closed.shadowRoot!)[0].querySelector('[part~="hours"]'));
    expect(note.startsWith('Closed now: Monday to Friday, 8 AM to 5 PM (UK time).'), note).to.equal(true);
    // A clinic line: the region's 24/7 nurse line (NHS 111) while it is closed.
    expect(note.endsWith('When it is closed, any time of day or night: Call 111'), note).to.equal(true);
    await expect(closed).to.be.accessible();
    // Monday 7 December 2026, 10 am in London.
    setClock(() => new Date('2026-12-07T10:00:00Z'));
    const open = await make('haven-crisis-banner', 'region="GB" variant="full"', EPU);
    expect(textOf(localItems(open.shadowRoot!)[0].querySelector('[part~="hours"]')).startsWith('Open now: Monday to Friday')).to.equal(true);
    // Its own time-zone, else the element's.
    const zoned = await make(
      'haven-crisis-banner',
      'region="US" variant="full"',
      '<haven-line name="County line" phone="(312) 555-0100" hours="Mo-Fr 09:00-17:00" time-zone="America/Chicago" kind="support"></haven-line>',
    );
    // 10:00 UTC is 4 am in Chicago: closed; the hours are in Central time.
    const zonedNote = textOf(localItems(zoned.shadowRoot!)[0].querySelector('[part~="hours"]'));
    expect(zonedNote.startsWith('Closed now: Monday to Friday, 9 AM to 5 PM (Central time).'), zonedNote).to.equal(true);
    expect(zonedNote.endsWith('Call 988'), zonedNote).to.equal(true);
    // A clinical line (an early pregnancy unit) that is closed, where there is no nurse line: the emergency number if it
    // cannot wait, never the crisis line.
    const clinical = await make(
      'haven-crisis-banner',
      'region="US" variant="full"',
      '<haven-line name="Early Pregnancy Unit" kind="clinic" phone="(312) 555-0100" hours="Mo-Fr 09:00-17:00" time-zone="America/Chicago"></haven-line>',
    );
    const clinicalNote = textOf(localItems(clinical.shadowRoot!)[0].querySelector('[part~="hours"]'));
    expect(clinicalNote.includes('If it is closed and you need care now: Call 911') && !clinicalNote.includes('988'), clinicalNote).to.equal(true);
  });

  it('in Spanish', async () => {
    setClock(() => new Date('2026-12-05T12:00:00Z'));
    const el = await make('haven-crisis-banner', 'region="GB" variant="full" lang="es"', EPU);
    const item = localItems(el.shadowRoot!)[0];
    expect(textOf(item.querySelector('a'))).to.equal('Llame al 0113 392 6732, Early Pregnancy Unit');
    expect(textOf(item.querySelector('[part~="hours"]'))).to.equal(
      'Cerrado ahora: de lunes a viernes, de las 8 a. m. a las 5 p. m. (hora del Reino Unido). Cuando no atiendan, a cualquier hora del día o de la noche: Llame al 111',
    );
    await expect(el).to.be.accessible();
  });

  it('haven-contact reports local and the line’s name', async () => {
    const el = await make('haven-crisis-banner', 'region="GB" variant="full"', BEREAVEMENT);
    const seen: unknown[] = [];
    const onContact = (e: Event) => seen.push((e as CustomEvent).detail);
    const stay = (e: Event) => e.preventDefault();
    document.addEventListener('haven-contact', onContact);
    document.addEventListener('click', stay);
    try {
      for (const a of localItems(el.shadowRoot!)[0].querySelectorAll('a')) a.click();
    } finally {
      document.removeEventListener('haven-contact', onContact);
      document.removeEventListener('click', stay);
    }
    expect(JSON.stringify(seen)).to.equal(
      '[{"service":"local","method":"call","line":"Bereavement Midwife"},{"service":"local","method":"web","line":"Bereavement Midwife"}]',
    );
  });
});

describe('local lines: the checklist, by kind', () => {
  it('clinic lines with "Call your clinic today", next to the clinic’s number', async () => {
    const el = await make('haven-warning-signs', 'region="GB" clinic-phone="0113 496 0000"', ALL);
    await tickTier(el, 'today');
    const res = result(el);
    expect(names(res).join()).to.equal('Early Pregnancy Unit');
    const clinic = res.querySelector('a[data-service="clinic"]')!;
    expect(before(clinic, localItems(res)[0])).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('mental health lines in the crisis result, after the crisis line and the emergency number', async () => {
    const el = await make('haven-warning-signs', 'region="GB"', ALL);
    await tickTier(el, 'crisis', 'feelings');
    const res = result(el);
    expect(names(res).join()).to.equal('Perinatal Mental Health Team');
    const item = localItems(res)[0];
    const crisis = res.querySelector(`a[data-service="${REGIONS.GB.crisis[0].id}"]`)!;
    const emergency = res.querySelector('a[data-service="emergency"]')!;
    expect(before(crisis, item) && before(emergency, item), 'after crisis and emergency').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('support lines with the follow-up and common results; none with the emergency result', async () => {
    const el = await make('haven-warning-signs', 'region="GB"', ALL);
    await tickTier(el, 'expected');
    expect(names(result(el)).join()).to.equal('Bereavement Midwife');
    await tickTier(el, 'follow-up');
    expect(names(result(el)).join()).to.equal('Bereavement Midwife');
    await tickTier(el, 'emergency');
    expect(names(result(el)).length).to.equal(0);
  });
});

describe('local lines: on paper', () => {
  it('"Print my answers" writes the local lines the result shows, with their numbers, after the clinic', async () => {
    const el = await make('haven-warning-signs', 'region="GB" clinic-name="Leeds Clinic" clinic-phone="0113 496 0000"', ALL);
    await tickTier(el, 'today');
    const original = window.print;
    let sheet = '';
    window.print = () => {
      sheet = textOf(el.shadowRoot!.querySelector('[part~="print-sheet"]'));
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
      for (let i = 0; i < 20 && !sheet; i += 1) await new Promise((r) => setTimeout(r, 10));
    } finally {
      window.print = original;
      window.dispatchEvent(new Event('afterprint'));
    }
    // Each line of the next step is its own paragraph: the clinic's call, then the unit's.
    expect(/Call 0113 496 0000\s*Early Pregnancy Unit: Call 0113 392 6732/.test(sheet), sheet).to.equal(true);
    expect(sheet.includes('Perinatal'), 'only the kinds the result shows').to.equal(false);
  });
});

describe('local lines: the guide', () => {
  it('clinic lines in "We are here for you", support and mental health after the support section’s crisis calls, mental health after the crisis lines', async () => {
    const el = await make('haven-recovery-guide', 'region="GB"', ALL);
    const section = (id: string) => el.shadowRoot!.querySelector(`[data-section="${id}"]`)!;
    expect(names(section('contact')).join()).to.equal('Early Pregnancy Unit');
    expect(names(section('support')).join('|')).to.equal('Perinatal Mental Health Team|Bereavement Midwife');
    const now = section('support').querySelector('[part~="crisis-now"]')!;
    expect(before(now, localItems(section('support'))[0])).to.equal(true);
    expect(names(section('crisis')).join()).to.equal('Perinatal Mental Health Team');
    const crisis = section('crisis').querySelector(`li[data-line="${REGIONS.GB.crisis[0].id}"]`)!;
    expect(before(crisis, localItems(section('crisis'))[0])).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('in Spanish', async () => {
    const el = await make('haven-recovery-guide', 'region="GB" lang="es"', BEREAVEMENT);
    const support = el.shadowRoot!.querySelector('[data-section="support"]')!;
    expect(textOf(support.querySelector('.local-lines .lead'))).to.equal('Servicios cerca de usted:');
    expect(textOf(localItems(support)[0].querySelector('a[part~="web"]'))).to.equal(
      'Sitio web (example.org)↗, Bereavement Midwife (se abre en una pestaña nueva)',
    );
  });
});

describe('local lines: bad values', () => {
  const cases: [string, string, string][] = [
    ['an emergency number', '<haven-line name="A" phone="999"></haven-line>', '<haven-line name="A"> phone'],
    ['a phone that does not dial', '<haven-line name="A" phone="call us"></haven-line>', '<haven-line name="A"> phone'],
    ['a javascript: url', '<haven-line name="A" url="javascript:alert(1)"></haven-line>', '<haven-line name="A"> url'],
    ['an http url', '<haven-line name="A" phone="0113 555 0101" url="http://example.org"></haven-line>', '<haven-line name="A"> url'],
    ['bad hours', '<haven-line name="A" phone="0113 555 0101" hours="9 to 5" kind="support"></haven-line>', '<haven-line name="A"> hours'],
    ['an unknown zone', '<haven-line name="A" phone="0113 555 0101" hours="Mo 09:00-10:00" time-zone="Mars/Base" kind="support"></haven-line>', '<haven-line name="A"> time-zone'],
    ['an unknown kind', '<haven-line name="A" phone="0113 555 0101" kind="urgent"></haven-line>', '<haven-line name="A"> kind'],
    ['no kind', '<haven-line name="A" phone="0113 555 0101"></haven-line>', '<haven-line name="A"> kind'],
    ['no name', '<haven-line phone="0113 555 0101"></haven-line>', '<haven-line> #1 name'],
  ];
  for (const [what, markup, attribute] of cases) {
    it(`${what}: one warning naming ${attribute}, no exception`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await make('haven-crisis-banner', 'region="GB" variant="full"', markup);
        const mine = warnings.messages.filter((m) => m.includes(`${attribute}:`));
        expect(mine.length, warnings.messages.join('\n')).to.equal(1);
        // The emergency number and the crisis line are still there.
        expect(!!el.shadowRoot!.querySelector('a[data-service="emergency"]')).to.equal(true);
        expect(!!el.shadowRoot!.querySelector(`li[data-line="${REGIONS.GB.crisis[0].id}"]`)).to.equal(true);
        for (const a of el.shadowRoot!.querySelectorAll('a')) expect(/^(tel:|sms:|https:)/.test(a.getAttribute('href')!), a.href).to.equal(true);
      } finally {
        warnings.restore();
      }
    });
  }

  it('an unknown kind is shown as support; an emergency number or broken url alone is not shown', async () => {
    const warnings = captureWarnings();
    try {
      const el = await make(
        'haven-recovery-guide',
        'region="GB"',
        '<haven-line name="A" phone="0113 555 0101" kind="urgent"></haven-line><haven-line name="B" phone="999"></haven-line><haven-line name="C" url="javascript:alert(1)"></haven-line>',
      );
      expect(names(el.shadowRoot!.querySelector('[data-section="support"]')!).join()).to.equal('A');
    } finally {
      warnings.restore();
    }
  });

  it(`more than ${MAX_LINES}: the first ${MAX_LINES} shown, one warning for the rest`, async () => {
    const warnings = captureWarnings();
    try {
      // A page-long list (a CMS export) gives one warning, not one per line.
      const markup = Array.from({ length: 200 }, (_, i) => `<haven-line name="L${i}" phone="0113 555 0${100 + i}" kind="support"></haven-line>`).join('');
      const el = await make('haven-crisis-banner', 'region="GB" variant="full"', markup);
      expect(names(el.shadowRoot!).length).to.equal(MAX_LINES);
      expect(names(el.shadowRoot!).join()).to.equal('L0,L1,L2,L3,L4,L5');
      expect(warnings.messages.filter((m) => m.includes(`more than ${MAX_LINES} local lines`)).length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('hostile values in every attribute: no exception, no markup, only tel: and https: links', async function () {
    this.timeout(60_000); // a limit, not a measure
    const warnings = captureWarnings();
    try {
      const seen: string[] = [];
      for (const value of HOSTILE_VALUES) {
        const lines = resolveLines(
          [{ name: value, phone: value, url: value, hours: value, 'time-zone': value, kind: value }, { name: 'x', phone: value, url: value }],
          REGIONS.US,
          'America/New_York',
          (attribute, message) => seen.push(`${attribute}: ${message}`),
        );
        for (const line of lines) {
          expect(!line.phone || /^\+?[0-9]+$/.test(line.phone.dial)).to.equal(true);
          expect(!line.url || line.url.startsWith('https://')).to.equal(true);
          expect(line.name.length <= 120).to.equal(true);
        }
      }
      const el = await make('haven-crisis-banner', 'region="US" variant="full"', '<haven-line name="x" phone="(312) 555-0100"></haven-line>');
      const line = el.querySelector('haven-line')!;
      for (const value of HOSTILE_VALUES.filter((_, i) => i % 4 === 0)) {
        for (const attribute of ['name', 'phone', 'url', 'hours', 'time-zone', 'kind']) line.setAttribute(attribute, value);
        await new Promise((r) => setTimeout(r, 0));
        await el.updateComplete;
        expect((window as unknown as { __pwned?: number }).__pwned === undefined).to.equal(true);
        expect(el.shadowRoot!.querySelector('script, img, svg, iframe') === null).to.equal(true);
        for (const a of el.shadowRoot!.querySelectorAll('a')) expect(/^(tel:|sms:|https:)/.test(a.getAttribute('href')!), a.getAttribute('href')!).to.equal(true);
        expect(!!el.shadowRoot!.querySelector('a[data-service="emergency"]')).to.equal(true);
      }
    } finally {
      warnings.restore();
    }
  });
});

describe('local lines: an outside review’s cases (2026-12-03)', () => {
  afterEach(() => setClock());
  const hoursOf = (el: Haven, i = 0) => textOf(localItems(el.shadowRoot!)[i]?.querySelector('[part~="hours"]'));

  it('a kind in another case or spelling is read as meant; a missing or unknown kind never sends a closed line to the crisis line', async () => {
    // Saturday 5 December 2026, 3 am in London: every Mo-Fr line is closed.
    setClock(() => new Date('2026-12-05T03:00:00Z'));
    const warnings = captureWarnings();
    try {
      const line = (kind: string) =>
        `<haven-line name="Early Pregnancy Unit" phone="0113 392 6732" hours="Mo-Fr 08:00-17:00"${kind}></haven-line>`;
      for (const kind of [' kind="Clinic"', ' kind=" CLINICAL "', ' kind="medical"', '', ' kind="urgent care"', ' kind="emergency"']) {
        const el = await make('haven-crisis-banner', 'region="GB" variant="full"', line(kind));
        const note = hoursOf(el);
        expect(note.startsWith('Closed now') && note.endsWith('Call 111') && !note.includes('116 123'), `${kind}: ${note}`).to.equal(true);
      }
      // Read as clinic: shown with "Call your clinic today".
      const checklist = await make('haven-warning-signs', 'region="GB" clinic-phone="0113 496 0000"', line(' kind="Clinic"'));
      await tickTier(checklist, 'today');
      expect(names(result(checklist)).join()).to.equal('Early Pregnancy Unit');
      // "Mental Health" with a space is the mental-health kind; no warning for any of these spellings.
      const pmh = await make('haven-crisis-banner', 'region="GB" variant="full"', PMH.replace('mental-health', 'Mental Health'));
      expect(localItems(pmh.shadowRoot!)[0].dataset.kind).to.equal('mental-health');
      // A grief or bereavement line is a support line.
      const grief = await make('haven-crisis-banner', 'region="GB" variant="full"', PMH.replace('mental-health', 'Bereavement'));
      expect(localItems(grief.shadowRoot!)[0].dataset.kind).to.equal('support');
      expect(warnings.messages.filter((m) => m.includes('> kind:')).length, warnings.messages.join('\n')).to.equal(3);
    } finally {
      warnings.restore();
    }
  });

  it('hours in a country with several time zones and no zone given show no status (never a guessed "Open now"), with a warning', async () => {
    // 13:30 UTC is 05:30 in Los Angeles, 08:30 in New York: a guess from New York would call a Los Angeles clinic open.
    setClock(() => new Date('2026-12-07T13:30:00Z'));
    const warnings = captureWarnings();
    try {
      const attrs = 'region="US" clinic-phone="(213) 555-0100" clinic-hours="Mo-Fr 08:00-17:00"';
      const unsure = await make('haven-warning-signs', attrs, '<haven-line name="County line" phone="(213) 555-0101" hours="Mo-Fr 08:00-17:00" kind="support"></haven-line>');
      // Closed in some of the country's zones (Los Angeles, Honolulu…), so counted as closed: "Get care now" leads with
      // the emergency number (the US has no nurse line), not with a clinic that may not answer.
      await tickTier(unsure, 'now');
      expect(textOf(result(unsure)).includes('Get care now: Call 911') && !textOf(result(unsure)).includes('If your clinic is open'), textOf(result(unsure))).to.equal(true);
      // The clinic's hours in its "local time", under "Hours:" (no status).
      const clinicNotes = [...result(unsure).querySelectorAll('[part~="hours"]')].map(textOf);
      expect(clinicNotes.length > 0 && clinicNotes.every((n) => n.startsWith('Hours: Monday to Friday, 8 AM to 5 PM (local time).')), clinicNotes.join(' | ')).to.equal(true);
      expect(warnings.messages.filter((m) => m.includes('clinic-time-zone:') && m.includes('more than one time zone')).length, warnings.messages.join('\n')).to.equal(1);
      expect(warnings.messages.filter((m) => m.includes('> time-zone:') && m.includes('more than one time zone')).length, warnings.messages.join('\n')).to.equal(1);
      // The line without a zone: its hours in local time, no status, and the 24/7 line for while it is closed.
      const banner = await make('haven-crisis-banner', `${attrs} variant="full"`, '<haven-line name="County line" phone="(213) 555-0101" hours="Mo-Fr 08:00-17:00" kind="support"></haven-line>');
      expect(textOf(localItems(banner.shadowRoot!)[0].querySelector('[part~="hours"]'))).to.equal(
        'Hours: Monday to Friday, 8 AM to 5 PM (local time). When it is closed, any time of day or night: Call 988',
      );
      // Given the zone, the clinic is closed at 05:30 and "Get care now" does not lead with its number.
      const sure = await make('haven-warning-signs', `${attrs} clinic-time-zone="America/Los_Angeles"`);
      await tickTier(sure, 'now');
      expect(textOf(result(sure))).to.contain('Get care now');
      expect(textOf(sure.shadowRoot!.querySelector('[part~="hours"]')).startsWith('Closed now')).to.equal(true);
      // A single-zone country still uses its zone.
      const gb = await make('haven-crisis-banner', 'region="GB" variant="full" clinic-phone="0113 496 0000" clinic-hours="Mo-Fr 08:00-17:00"');
      expect(textOf(gb.shadowRoot!.querySelector('[data-line="clinic"] [part~="hours"]'))).to.equal('Open now: Monday to Friday, 8 AM to 5 PM (UK time). When it is closed, any time of day or night: Call 111');
    } finally {
      warnings.restore();
    }
  });

  it('a shared list that is removed, replaced or renamed is read again: corrected numbers are never left on screen', async () => {
    const el = await make(
      'haven-crisis-banner',
      'region="GB" variant="full" lines="L"',
      '',
      '<haven-lines id="L"><haven-line name="Old" phone="0113 555 0101" kind="support"></haven-line></haven-lines>',
    );
    const settle = async () => {
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
    };
    expect(names(el.shadowRoot!).join()).to.equal('Old');
    const host = el.parentElement!;
    const warnings = captureWarnings();
    try {
      host.querySelector('haven-lines')!.remove();
      await settle();
      expect(names(el.shadowRoot!).join(), 'removed').to.equal('');
      host.insertAdjacentHTML('afterbegin', '<haven-lines id="L"><haven-line name="New" phone="0113 555 0102" kind="support"></haven-line></haven-lines>');
      await settle();
      expect(names(el.shadowRoot!).join(), 'replaced').to.equal('New');
      host.querySelector('haven-lines')!.id = 'other';
      await settle();
      expect(names(el.shadowRoot!).join(), 'renamed').to.equal('');
    } finally {
      warnings.restore();
    }
  });

  it('a closed line in a country Haven has no crisis line for still says what to do: the emergency number', async () => {
    setClock(() => new Date('2026-12-05T02:00:00Z'));
    const el = await make(
      'haven-crisis-banner',
      'region="FR" emergency-number="112" variant="full"',
      '<haven-line name="Équipe périnatale" phone="01 23 45 67 89" hours="Mo-Fr 09:00-17:00" time-zone="Europe/Paris" kind="mental-health"></haven-line>',
    );
    const note = hoursOf(el);
    expect(note).to.equal('Closed now: Monday to Friday, 9 AM to 5 PM (Paris time). If it is closed and you need care now: Call 112 or go to the nearest emergency room.');
  });

  it('emergency codes joined by a slash, and North American N11 area codes, are never dialled as one number', async () => {
    const warnings = captureWarnings();
    try {
      const el = await make(
        'haven-crisis-banner',
        'region="US" variant="full"',
        ['911 / 988', '112/999', '911-555-0100', '+1 411 555 0100'].map((phone, i) => `<haven-line name="L${i}" phone="${phone}" kind="support"></haven-line>`).join(''),
      );
      expect(names(el.shadowRoot!).join(), 'none shown').to.equal('');
      for (const a of el.shadowRoot!.querySelectorAll('a[href^="tel:"]')) expect(/^tel:(911|988|\+1\d{10})$/.test(a.getAttribute('href')!), a.getAttribute('href')!).to.equal(true);
      expect(warnings.messages.filter((m) => m.includes('> phone:')).length, warnings.messages.join('\n')).to.equal(4);
      // A short code with a slash inside is still one number; a short code then a whole number is two.
      const gb = await make(
        'haven-crisis-banner',
        'region="GB" variant="full"',
        '<haven-line name="A" phone="116/123" kind="support"></haven-line><haven-line name="B" phone="116 123 / 0800 123 4567" kind="support"></haven-line>',
      );
      expect(localItems(gb.shadowRoot!).map((li) => li.querySelector('a')!.getAttribute('href')).join()).to.equal('tel:116123,tel:116123');
    } finally {
      warnings.restore();
    }
  });

  it('a page’s ::part() order cannot draw a local line above the crisis line', async () => {
    const style = document.createElement('style');
    style.textContent = 'haven-crisis-banner::part(local-line){order:-1;grid-row:1} haven-crisis-banner::part(line){order:5}';
    document.head.append(style);
    try {
      const el = await make('haven-crisis-banner', 'region="GB" variant="full"', PMH);
      const crisis = el.shadowRoot!.querySelector(`li[data-line="${REGIONS.GB.crisis[0].id}"]`)!;
      const local = localItems(el.shadowRoot!)[0];
      expect(crisis.getBoundingClientRect().top < local.getBoundingClientRect().top, 'crisis line drawn first').to.equal(true);
    } finally {
      style.remove();
    }
  });

  it('a <haven-lines> written inside the element is read (once, even when also named); blank-looking names are refused; a long name is cut between characters; a web link names its site', async () => {
    const warnings = captureWarnings();
    try {
      const long = 'A🌷'.repeat(80);
      const el = await make(
        'haven-crisis-banner',
        'region="GB" variant="full" lines="inside"',
        `<haven-lines id="inside">${PMH}</haven-lines><haven-line name="\u3164" phone="0113 555 0103"></haven-line><haven-line name="${long}" phone="0113 555 0104" kind="support"></haven-line>${BEREAVEMENT}`,
      );
      const shown = names(el.shadowRoot!);
      expect(shown.length, shown.join('|')).to.equal(3);
      expect(shown[0]).to.equal('Perinatal Mental Health Team');
      expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(shown[1]), 'no half emoji').to.equal(false);
      expect(Array.from(shown[1]).length).to.equal(120);
      expect(warnings.messages.some((m) => m.includes('> name: a local line needs a name')), warnings.messages.join('\n')).to.equal(true);
      expect(textOf(localItems(el.shadowRoot!)[2].querySelector('a[part~="web"]'))).to.contain('(example.org)');
    } finally {
      warnings.restore();
    }
  });
});
