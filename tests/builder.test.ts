// demo/builder.html, the embed builder, loaded in an iframe under the demo's strict CSP (with Trusted Types). A clinic
// fills in the form; the code it copies must render the same clinic, number and country's emergency number, carry
// a fallback that agrees with Haven's own links, and keep hostile input as inert text.
import { expect, fixture, html } from '@open-wc/testing';
import { REGIONS } from '../src/content/contacts.js';
import { VERSION } from '../src/core/version.js';
import { shownText } from './helpers.js';
import { axeViolations, blankFrame, loadPage, loadScript, type FixtureWindow, until } from './page-helpers.js';
import { TAGS as PRERENDERED_TAGS, headings, hrefs as linkHrefs, layout, shownAnswers, styled } from './prerendered-helpers.js';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };


async function openBuilder() {
  const { win, doc } = await loadPage('/demo/builder.html');
  const snippet = doc.getElementById('snippet') as HTMLTextAreaElement;
  await until(() => snippet.value.includes('<haven-crisis-banner'), 'the first code');
  return { win, doc, snippet };
}

/** Types into a field as a person would: the value changes and an input event follows. */
function type(doc: Document, id: string, value: string) {
  const field = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function tick(doc: Document, id: string, checked: boolean) {
  const box = doc.getElementById(id) as HTMLInputElement;
  if (box.checked !== checked) box.click();
}

/** Waits until the code reflects the form, then parses it (DOMParser: nothing in it runs). */
async function code(snippet: HTMLTextAreaElement, ready: (value: string) => boolean) {
  await until(() => ready(snippet.value), 'the code to update');
  return new DOMParser().parseFromString(snippet.value, 'text/html');
}

const hrefs = (root: ParentNode) => [...root.querySelectorAll('a')].map((a) => a.getAttribute('href'));

/** Renders parsed code in a fresh page that loads the drop-in script, by moving nodes, never through innerHTML. */
async function render(parsed: Document) {
  const frame = await blankFrame('pasted code', { width: 800, height: 900 });
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  await loadScript(doc, '/dist/haven.min.js');
  // The shared list of local lines (#19 item 3) too, which the elements name with lines="…".
  for (const el of parsed.querySelectorAll(['haven-lines', ...TAGS].join(','))) doc.body.append(doc.importNode(el, true));
  const elements = [...doc.body.querySelectorAll<Updatable>(TAGS.join(','))];
  await Promise.all(elements.map((el) => el.updateComplete));
  return { win, doc, elements };
}

describe('demo/builder.html', () => {
  it('writes code that renders the clinic, its number and the country’s emergency number', async () => {
    const { doc, snippet } = await openBuilder();
    type(doc, 'clinic-name', 'Harbour Women’s Health & Birth Centre');
    type(doc, 'clinic-phone', '020 7946 0018');
    type(doc, 'region', 'GB');
    type(doc, 'lang', 'es');
    tick(doc, 'use-guide', false);
    const parsed = await code(snippet, (v) => v.includes('region="GB"') && v.includes('lang="es"') && !v.includes('recovery'));

    expect(snippet.value).to.include('clinic-name="Harbour Women’s Health &amp; Birth Centre"');
    const tag = parsed.querySelector('script')!;
    expect(tag.getAttribute('src')).to.equal(`/assets/haven-${VERSION}.min.js`);
    expect(tag.getAttribute('integrity')).to.equal((await (await fetch('/dist/haven.min.js.sri')).text()).trim());
    expect(tag.getAttribute('crossorigin')).to.equal('anonymous');
    const [banner, checklist] = TAGS.map((tag) => parsed.querySelector(tag));
    expect(parsed.querySelector('haven-recovery-guide')).to.equal(null);
    for (const el of [banner!, checklist!]) {
      expect(el.getAttribute('clinic-name')).to.equal('Harbour Women’s Health & Birth Centre');
      expect(el.getAttribute('clinic-phone')).to.equal('020 7946 0018');
      expect(el.getAttribute('region')).to.equal('GB');
      expect(el.getAttribute('lang')).to.equal('es');
    }
    // The no-script fallback: the UK's 999, Samaritans, and the clinic, in Spanish.
    expect(hrefs(banner!).slice(0, 2)).to.deep.equal(['tel:999', 'tel:116123']);
    expect(banner!.textContent).to.include('En una emergencia, llame al 999');
    expect(checklist!.textContent).to.include('Harbour Women’s Health & Birth Centre al 020 7946 0018');

    // Pasted into a page: the elements show the same clinic and numbers as the fallback links.
    const { elements } = await render(parsed);
    const shadow = elements[0].shadowRoot!;
    expect(shadow.textContent).to.include('Harbour Women’s Health & Birth Centre');
    expect(shadow.textContent).to.include('Llame al 999');
    const clinicHref = shadow.querySelector('a[data-service="clinic"]')!.getAttribute('href');
    expect(clinicHref).to.match(/^tel:/);
    expect(hrefs(banner!)).to.include(clinicHref);
    expect(hrefs(shadow)).to.include.members(['tel:999', 'tel:116123']);
    expect(elements[1].shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(10);
  });

  it('writes the clinic’s opening hours and time zone (#19), which the pasted code shows as a status', async () => {
    const { doc, snippet } = await openBuilder();
    // Open every hour of the week, so the status does not depend on when the test runs.
    type(doc, 'clinic-hours', 'Mo-Su 00:00-24:00');
    type(doc, 'clinic-time-zone', 'America/Chicago');
    const parsed = await code(snippet, (v) => v.includes('clinic-time-zone="America/Chicago"'));
    for (const tag of TAGS) {
      const el = parsed.querySelector(tag)!;
      expect(el.getAttribute('clinic-hours'), tag).to.equal('Mo-Su 00:00-24:00');
      expect(el.getAttribute('clinic-time-zone'), tag).to.equal('America/Chicago');
    }
    const { elements } = await render(parsed);
    const status = elements[0].shadowRoot!.querySelector('[part~="hours"], [data-haven-part~="hours"]');
    // "Open now:" is the one label shown (the other two keep its box's width, hidden), then the hours in words. A
    // status at all shows the zone was read: without one, a US clinic's hours have none ("Hours:", local time).
    expect(shownText(status), shownText(status)).to.equal('Open now: Any time, day or night.');
    // No hours: no attribute for either, and no status.
    type(doc, 'clinic-hours', '');
    const none = await code(snippet, (v) => !v.includes('clinic-hours'));
    expect(none.querySelector('[clinic-time-zone]')).to.equal(null);
  });

  it('shows the live preview, updated as the clinic types', async () => {
    const { doc, snippet } = await openBuilder();
    const preview = doc.getElementById('preview')!;
    expect([...preview.children].map((el) => el.localName)).to.deep.equal(TAGS);
    type(doc, 'clinic-name', 'Larkfield Clinic');
    type(doc, 'region', 'AU');
    await code(snippet, (v) => v.includes('region="AU"'));
    for (const el of preview.children) {
      expect(el.getAttribute('clinic-name'), el.localName).to.equal('Larkfield Clinic');
      await (el as Updatable).updateComplete;
    }
    const banner = preview.querySelector('haven-crisis-banner')!.shadowRoot!;
    expect(banner.textContent).to.include('Larkfield Clinic');
    expect(hrefs(banner)).to.include('tel:000');
    tick(doc, 'use-banner', false);
    await until(() => !preview.querySelector('haven-crisis-banner'), 'the banner to leave the preview');
  });

  it('gives every country a fallback that agrees with Haven’s own data and links', async () => {
    const { doc, snippet } = await openBuilder();
    const preview = doc.getElementById('preview')!;
    for (const [code_, region] of Object.entries(REGIONS)) {
      for (const lang of ['en', 'es'] as const) {
        type(doc, 'region', code_);
        type(doc, 'lang', lang);
        const parsed = await code(snippet, (v) => v.includes(`region="${code_}"`) && v.includes(`lang="${lang}"`));
        const banner = parsed.querySelector('haven-crisis-banner')!;
        const [emergency, crisis] = hrefs(banner);
        const line = region.crisis[0];
        expect(emergency, `${code_} emergency`).to.equal(`tel:${region.emergency.replace(/\D/g, '')}`);
        expect(crisis, `${code_} crisis line`).to.equal(`tel:${line.call!.replace(/\D/g, '')}`);
        expect(banner.textContent, `${code_} ${lang} name`).to.include(`(${line.name[lang]})`);
        if (lang === 'es' && line.name.es === line.name.en) {
          expect(banner.querySelector('span[lang="en"]')?.textContent, `${code_} untranslated name`).to.equal(line.name.en);
        }
        // Every part's fallback carries the emergency number and the crisis line, whichever parts are chosen.
        for (const tag of TAGS) {
          expect(hrefs(parsed.querySelector(tag)!), `${code_} ${lang} ${tag}`).to.include.members([emergency, crisis]);
        }
        // "call or text" only where the crisis line takes texts at the same number.
        const textToo = line.text !== undefined && line.text.replace(/\D/g, '') === line.call!.replace(/\D/g, '');
        expect(/ or text | o envíe un mensaje de texto /.test(banner.textContent!), `${code_} ${lang} call or text`).to.equal(textToo);
        // The element itself links the same numbers.
        const rendered = preview.querySelector('haven-crisis-banner') as Updatable;
        await rendered.updateComplete;
        expect(hrefs(rendered.shadowRoot!), code_).to.include.members([emergency, crisis]);
      }
    }
  });

  it('escapes a hostile clinic name and script address in the code, and runs nothing', async () => {
    const { win, doc, snippet } = await openBuilder();
    const alerts: unknown[] = [];
    win.alert = (message?: unknown) => alerts.push(message);
    const hostile = '"><script>alert(1)</script>';
    type(doc, 'clinic-name', hostile);
    type(doc, 'script-src', '"><script>alert(2)</script>');
    const parsed = await code(snippet, (v) => v.includes('alert(1)') && v.includes('alert(2)'));

    expect(snippet.value).to.include('clinic-name="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet.value).to.include('<script src="&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;" integrity="sha384-');
    expect(snippet.value).not.to.match(/<script>alert/);
    // Parsed back, the code has one script element (the src one) and every element carries the name as text.
    expect(parsed.querySelectorAll('script')).to.have.length(1);
    expect(parsed.querySelector('script')!.textContent).to.equal('');
    for (const tag of TAGS) expect(parsed.querySelector(tag)!.getAttribute('clinic-name'), tag).to.equal(hostile);
    expect(parsed.querySelector('haven-warning-signs')!.textContent).to.include(hostile);
    // The preview got the name as an attribute value, and shows it as text.
    const banner = doc.querySelector('#preview haven-crisis-banner') as Updatable;
    await banner.updateComplete;
    expect(banner.getAttribute('clinic-name')).to.equal(hostile);
    expect(banner.shadowRoot!.textContent).to.include(hostile);
    // The page's scripts are still only its own files (the test server adds its reload socket to every page).
    const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.textContent);
    expect(scripts.filter((src) => !src!.startsWith('/__web-dev-server'))).to.deep.equal(['/dist/haven.min.js', 'builder.js']);
    expect(alerts).to.deep.equal([]);
    expect(win.__haven).to.equal(undefined);
  });

  it('copies with the clipboard and says so, or selects the code where there is none', async () => {
    const { win, doc, snippet } = await openBuilder();
    const status = doc.getElementById('copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    doc.getElementById('copy')!.click();
    await until(() => /Copied/.test(status.textContent!), 'Copied');
    expect(copied).to.deep.equal([snippet.value]);

    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: undefined });
    doc.getElementById('copy')!.click();
    await until(() => /selected/.test(status.textContent!), 'the selection message');
    expect(doc.activeElement).to.equal(snippet);
    expect([snippet.selectionStart, snippet.selectionEnd]).to.deep.equal([0, snippet.value.length]);
  });

  it('is an accessible form with a visible focus ring', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/demo/builder.css';
    await new Promise((resolve) => {
      link.onload = resolve;
      document.head.append(link);
    });
    const source = await (await fetch('/demo/builder.html')).text();
    expect(source).not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(source).not.to.match(/\sstyle=/);
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(document.importNode(parsed.querySelector('main')!, true));
    try {
      const form = host.querySelector('form')!;
      expect(form.querySelector('fieldset > legend')!.textContent).to.equal('Parts to add');
      for (const field of host.querySelectorAll('input, select, textarea')) {
        expect(host.querySelector(`label[for="${field.id}"]`), field.id).to.exist;
      }
      await expect(form).to.be.accessible();
      await expect(host.querySelector('section')!).to.be.accessible();
      const input = host.querySelector<HTMLInputElement>('#clinic-name')!;
      input.focus();
      expect(getComputedStyle(input).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(input).outlineWidth)).to.be.at.least(2);
    } finally {
      link.remove();
    }
  });
  it('pins the smallest script for the chosen parts: one element’s own script, or haven.min.js for more', async () => {
    const { doc, snippet } = await openBuilder();
    tick(doc, 'use-signs', false);
    tick(doc, 'use-guide', false);
    const banner = await code(snippet, (v) => !v.includes('haven-warning-signs') && !v.includes('haven-recovery-guide'));
    const tag = banner.querySelector('script')!;
    expect(tag.getAttribute('src')).to.equal(`/assets/haven-crisis-banner-${VERSION}.min.js`);
    expect(tag.getAttribute('integrity')).to.equal((await (await fetch('/dist/haven-crisis-banner.min.js.sri')).text()).trim());
    expect(doc.getElementById('script-file')!.textContent).to.equal('dist/haven-crisis-banner.min.js');
    tick(doc, 'use-guide', true);
    const two = await code(snippet, (v) => v.includes('haven-recovery-guide'));
    expect(two.querySelector('script')!.getAttribute('src')).to.equal(`/assets/haven-${VERSION}.min.js`);
    // An address the clinic typed itself is kept whatever the parts.
    type(doc, 'script-src', '/media/haven.js');
    tick(doc, 'use-banner', false);
    const guide = await code(snippet, (v) => !v.includes('haven-crisis-banner') && v.includes('/media/haven.js'));
    expect(guide.querySelector('script')!.getAttribute('integrity')).to.equal(
      (await (await fetch('/dist/haven-recovery-guide.min.js.sri')).text()).trim(),
    );
  });
  it('refuses a script address that is not https:// or a path, and writes the chosen guide layout', async () => {
    const { doc, snippet } = await openBuilder();
    type(doc, 'script-src', 'data:text/javascript,alert(1)');
    const parsed = await code(snippet, (v) => !v.includes('data:'));
    expect(parsed.querySelector('script')!.getAttribute('src')).to.equal(`/assets/haven-${VERSION}.min.js`);
    expect(doc.getElementById('script-src-note')!.textContent).to.include('https://');
    type(doc, 'script-src', 'https://cdn.example.org/haven-0.1.0.min.js');
    await code(snippet, (v) => v.includes('https://cdn.example.org/'));
    expect(doc.getElementById('script-src-note')!.textContent).to.equal('');
    type(doc, 'layout', 'steps');
    const steps = await code(snippet, (v) => v.includes('layout="steps"'));
    expect(steps.querySelector('haven-recovery-guide')!.getAttribute('layout')).to.equal('steps');
    expect(doc.querySelector('#preview haven-recovery-guide')!.getAttribute('layout')).to.equal('steps');
  });

  it('writes pre-rendered HTML that works without JavaScript and hydrates with haven-hydrate.min.js, under the strict CSP', async function () {
    // Three pages, two with whole-page axe or hydration, in Firefox and WebKit on a shared machine: a limit, not a measure.
    this.timeout(180_000);
    const { doc, snippet } = await openBuilder();
    // No opening hours: a line with hours (the clinic's, GB's Miscarriage Association) gets its status once the script
    // runs, since the server's clock is not the patient's, one line more (README, "Pre-rendering"). US lines answer
    // at any hour.
    type(doc, 'clinic-hours', '');
    type(doc, 'lang', 'es');
    (doc.getElementById('output-prerendered') as HTMLInputElement).click();
    const parsed = await code(snippet, (v) => v.includes('shadowrootmode') && v.includes('lang="es"'));
    expect(doc.getElementById('script-file')!.textContent).to.equal('dist/haven-hydrate.min.js');
    const tag = parsed.querySelector('script')!;
    expect(tag.getAttribute('src')).to.equal(`/assets/haven-hydrate-${VERSION}.min.js`);
    expect(tag.hasAttribute('defer')).to.equal(true);
    expect(tag.getAttribute('integrity')).to.equal((await (await fetch('/dist/haven-hydrate.min.js.sri')).text()).trim());
    expect(doc.getElementById('css-note')!.hidden).to.equal(false);
    expect(doc.getElementById('css-src')!.textContent).to.equal(`/assets/haven-${VERSION}.css`);
    // Pasted into a clinic page that serves the files from dist/: the same code with the script address typed in.
    type(doc, 'script-src', '/dist/haven-hydrate.min.js');
    await code(snippet, (v) => v.includes('"/dist/haven.css"'));
    expect(doc.getElementById('css-src')!.textContent).to.equal('/dist/haven.css');
    const id = await (await fetch('/tests/fixtures/generated/store', { method: 'POST', body: snippet.value })).text();
    const page = `/tests/fixtures/generated/stored.html?id=${id}&lang=es`;

    // JavaScript off (or the script stripped): the whole content, styled, with working links and headings.
    const off = await loadPage(`${page}&script=none&axe=1`, { defined: false });
    await styled(off.win, off.doc);
    const banner = off.doc.querySelector('haven-crisis-banner')!.shadowRoot!;
    expect(linkHrefs(banner)).to.include.members(['tel:911', 'tel:988', 'tel:+17034370001']);
    expect(headings(banner).join()).to.contain('h2 ¿Necesita ayuda ahora mismo?');
    const checklist = off.doc.querySelector('haven-warning-signs')!.shadowRoot!;
    expect(headings(checklist).length, 'the checklist’s headings').to.equal(2);
    for (const name of PRERENDERED_TAGS) {
      expect(off.doc.querySelector(name)!.shadowRoot!.querySelectorAll('style, [style]').length, name).to.equal(0);
    }
    checklist.querySelector<HTMLLabelElement>('label[for="sign-fainted"]')!.click();
    expect(shownAnswers(off.win, checklist)).to.equal('emergency');
    expect(linkHrefs(checklist.querySelector('.key[data-tier="emergency"]')!)).to.include('tel:911');
    expect((off.win as FixtureWindow).__haven!.errors).to.deep.equal([]);
    expect(await axeViolations(off.win, off.doc)).to.deep.equal([]);

    // With the script: hydrated in place, interactive, and nothing moves.
    const still = await loadPage(`${page}&script=none`, { defined: false });
    await styled(still.win, still.doc);
    const before = layout(still.doc);
    const on = await loadPage(page);
    await styled(on.win, on.doc);
    await new Promise((resolve) => on.win.requestAnimationFrame(() => resolve(undefined)));
    expect(layout(on.doc)).to.deep.equal(before);
    const live = on.doc.querySelector('haven-warning-signs') as Updatable;
    live.shadowRoot!.querySelector<HTMLLabelElement>('label[for="sign-fainted"]')!.click();
    await live.updateComplete;
    expect(live.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Emergencia:');
    expect(shownAnswers(on.win, live.shadowRoot!), 'the no-script answers once the script runs').to.equal('');
    const record = (on.win as FixtureWindow).__haven!;
    expect(record.errors).to.deep.equal([]);
    expect(record.violations).to.deep.equal([]);
  });

  it('adds up to 3 local services (#19 item 3) as a shared <haven-lines>, escaped, shown by the pasted code and the preview', async () => {
    const { doc, snippet } = await openBuilder();
    type(doc, 'line-1-name', 'Early Pregnancy Unit');
    type(doc, 'line-1-phone', '(703) 555-0142');
    type(doc, 'line-1-hours', 'Mo-Fr 08:00-16:00');
    type(doc, 'line-1-kind', 'clinic');
    type(doc, 'line-2-name', '"><script>window.__pwned=1</script>');
    type(doc, 'line-2-phone', '(703) 555-0143');
    // A name without a number is not added.
    type(doc, 'line-3-name', 'No number yet');
    const parsed = await code(snippet, (v) => v.includes('(703) 555-0143') && v.includes('Early Pregnancy Unit'));
    expect(snippet.value).to.include('name="&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"');
    expect(parsed.querySelector('script:not([src])')).to.equal(null);
    const lines = [...parsed.querySelectorAll('haven-lines#clinic-lines > haven-line')];
    expect(lines.map((line) => line.getAttribute('name'))).to.deep.equal(['Early Pregnancy Unit', '"><script>window.__pwned=1</script>']);
    expect(lines[0].getAttribute('phone')).to.equal('(703) 555-0142');
    expect(lines[0].getAttribute('hours')).to.equal('Mo-Fr 08:00-16:00');
    expect(lines[0].getAttribute('kind')).to.equal('clinic');
    expect(lines[1].getAttribute('kind')).to.equal('support');
    for (const tag of TAGS) expect(parsed.querySelector(tag)!.getAttribute('lines'), tag).to.equal('clinic-lines');
    const { win, elements } = await render(parsed);
    const banner = elements[0].shadowRoot!;
    expect(hrefs(banner)).to.include.members(['tel:+17035550142', 'tel:+17035550143']);
    expect((win as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    // The preview carries them as children.
    const preview = doc.querySelector<Updatable>('#preview haven-crisis-banner')!;
    expect(preview.querySelectorAll('haven-line').length).to.equal(2);
    await preview.updateComplete;
    expect(hrefs(preview.shadowRoot!)).to.include('tel:+17035550142');
    // Pre-rendered code: each element carries the lines as children, already in its HTML.
    (doc.getElementById('output-prerendered') as HTMLInputElement).click();
    const prerendered = await code(snippet, (v) => v.includes('shadowrootmode'));
    expect(prerendered.querySelector('haven-lines')).to.equal(null);
    const pre = prerendered.querySelector('haven-crisis-banner')!;
    expect(pre.hasAttribute('lines')).to.equal(false);
    expect(pre.querySelectorAll(':scope > haven-line').length).to.equal(2);
    expect(snippet.value).to.include('tel:+17035550142');
  });

  it('offers the guide section for partners and family, off by default', async () => {
    const { doc, snippet } = await openBuilder();
    const box = doc.getElementById('partners') as HTMLInputElement;
    expect(box.checked, 'off by default').to.equal(false);
    const plain = await code(snippet, (v) => v.includes('haven-recovery-guide'));
    expect(plain.querySelector('haven-recovery-guide')!.hasAttribute('sections'), 'no sections by default').to.equal(false);
    tick(doc, 'partners', true);
    const withPartners = await code(snippet, (v) => v.includes('partners'));
    const sections = 'emotions physical wellbeing support partners crisis contact';
    expect(withPartners.querySelector('haven-recovery-guide')!.getAttribute('sections')).to.equal(sections);
    expect(doc.querySelector('#preview haven-recovery-guide')!.getAttribute('sections')).to.equal(sections);
    tick(doc, 'partners', false);
    await code(snippet, (v) => !v.includes('partners'));
    expect(doc.querySelector('#preview haven-recovery-guide')!.hasAttribute('sections'), 'removed again').to.equal(false);
  });
});
