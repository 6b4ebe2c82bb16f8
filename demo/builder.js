// The embed builder (demo/builder.html): a clinic fills in the form, sees Haven's real elements update as it types,
// and copies the code for its own site, with the no-script fallback text inside each element.
//
import { INTEGRITY, VERSION } from './build-info.js';
import { REGIONS as DATA } from './regions-data.js';

// Safety: the form's values only ever reach the page as attribute values (setAttribute) and the code only as a
// textarea's value. The code is a string built here, so every value in it is escaped (& " < > and ') before it
// goes in. Nothing uses innerHTML, and the page runs under the demo's strict CSP with Trusted Types.

/**
 * The numbers in the fallback text, per country: the emergency number and the first crisis line, taken from Haven's
 * own data (src/content/contacts.ts, which the build writes to demo/regions-data.js), so the two cannot disagree.
 */
const digits = (value) => value.replace(/[^0-9]/g, '');
const REGIONS = Object.fromEntries(
  Object.entries(DATA).map(([code, region]) => {
    const line = region.crisis.find((entry) => entry.call);
    const textToo = line.text !== undefined && digits(line.text) === digits(line.call);
    return [code, { emergency: region.emergency, crisis: { call: digits(line.call), label: line.call, textToo, name: line.name } }];
  }),
);

/**
 * The fallback sentences, in each language Haven speaks. The words are written here and contain no markup
 * characters; every argument is HTML that is already escaped (a link, or an escaped name).
 */
const WORDS = {
  en: {
    bannerLead: 'Need help right now?',
    emergency: (number) => `In an emergency, call ${number}.`,
    talk: (textToo, number, name) => `To talk with someone now, call${textToo ? ' or text' : ''} ${number} (${name}).`,
    worried: (whom) => `If something worries you, call ${whom}.`,
    clinicAt: (name, phone) => `${name} at ${phone}`,
    yourProvider: 'your doctor, nurse or midwife',
    yourClinic: 'Your clinic',
    guide: 'Our guide to recovering after a miscarriage needs JavaScript.',
    callUs: (phone) => `You can always call us at ${phone}.`,
  },
  es: {
    bannerLead: '¿Necesita ayuda ahora mismo?',
    emergency: (number) => `En una emergencia, llame al ${number}.`,
    talk: (textToo, number, name) =>
      `Para hablar con alguien ahora, llame${textToo ? ' o envíe un mensaje de texto' : ''} al ${number} (${name}).`,
    worried: (whom) => `Si algo le preocupa, llame a ${whom}.`,
    clinicAt: (name, phone) => `${name} al ${phone}`,
    yourProvider: 'su médico, enfermera o partera',
    yourClinic: 'Su clínica',
    guide: 'Nuestra guía para recuperarse después de una pérdida del embarazo necesita JavaScript.',
    callUs: (phone) => `Siempre puede llamarnos al ${phone}.`,
  },
};

/** How many local services the builder offers (Haven shows up to 6). */
const LINE_ROWS = 3;
const LINE_KINDS = ['support', 'clinic', 'mental-health'];
/** The id of the shared <haven-lines> list in the script tag code. */
const LINES_ID = 'clinic-lines';

/** The guide's default sections with "For partners and family" after "When to get more support" (README). */
const WITH_PARTNERS = 'emotions physical wellbeing support partners crisis contact';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];

/** Said beside the time zone when hours are given in a country with several zones and no zone (Haven then shows the hours in local time with no status). */
const zoneNeeded = (region) =>
  `${DATA[region].name?.en ?? region} has more than one time zone: add yours (for example ${DATA[region].zone}) or patients see your hours but not whether you are open now.`;
const BAD_SCRIPT_SRC = 'That address is not https:// or a path on your site, so the code uses the default address.';

/**
 * The smallest drop-in script for the chosen parts: one element's own script (dist/haven-crisis-banner.min.js…), or
 * dist/haven.min.js with all three.
 */
function scriptFile(elements, output = 'script') {
  if (output === 'prerendered') return 'haven-hydrate.min.js';
  return elements.length === 1 ? `${elements[0]}.min.js` : 'haven.min.js';
}

/** The script's address on the clinic's site, with its version in the name (docs/embedding.md). */
function defaultSrc(file) {
  return `/assets/${file.replace(/\.min\.js$/, '')}-${VERSION}.min.js`;
}
const DEFAULT_SRCS = new Set(['haven.min.js', 'haven-hydrate.min.js', ...TAGS.map((tag) => `${tag}.min.js`)].map(defaultSrc));

/**
 * Where pre-rendered parts find haven.css: beside the script, named like it (/assets/haven-hydrate-1.0.0.min.js →
 * /assets/haven-1.0.0.css).
 */
function cssSrc(src) {
  return /haven-hydrate[^/]*\.min\.js$/.test(src)
    ? src.replace(/haven-hydrate([^/]*)\.min\.js$/, 'haven$1.css')
    : src.replace(/[^/]*$/, `haven-${VERSION}.css`);
}

/** The in-browser renderer (demo/prerender.js, about 300 KB), loaded the first time pre-rendered code is asked for. */
let renderer;
const loadRenderer = () => (renderer ??= import('./prerender.js'));

/** An address the code may load the script from: https://, or a path on the clinic's own site. */
function safeScriptSrc(value) {
  if (!value) return '';
  try {
    const url = new URL(value, 'https://clinic.example/');
    const scheme = /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//');
    return url.protocol === 'https:' && (!scheme || /^https:\/\//i.test(value)) ? value : '';
  } catch {
    return '';
  }
}

/** Escapes text for an HTML attribute value or text content. */
function escapeHtml(value) {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const link = (href, text) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

/**
 * The clinic's number in the fallback: a link to the `tel:` address Haven itself built from it (so both agree, for
 * every country's way of writing numbers), or plain text when Haven found no phone number in it.
 */
function clinicPhoneHtml(form, clinicHref) {
  return clinicHref ? link(clinicHref, form.phone) : escapeHtml(form.phone);
}

/** The no-script fallback inside one element, indented for the snippet. */
function fallback(tag, form, clinicHref) {
  const w = WORDS[form.lang];
  const { emergency, crisis } = REGIONS[form.region];
  const callEmergency = link(`tel:${emergency}`, emergency);
  const name = escapeHtml(form.name);
  const phone = form.phone ? clinicPhoneHtml(form, clinicHref) : '';
  // A service name with no translation stays English inside Spanish text; say so, for screen readers.
  const serviceName = escapeHtml(crisis.name[form.lang]);
  const untranslated = form.lang !== 'en' && crisis.name[form.lang] === crisis.name.en;
  const talk = w.talk(
    crisis.textToo,
    link(`tel:${crisis.call}`, crisis.label),
    untranslated ? `<span lang="en">${serviceName}</span>` : serviceName,
  );
  // Every fallback carries the emergency number and the crisis line, whichever parts a clinic picks.
  let lines;
  switch (tag) {
    case 'haven-crisis-banner':
      lines = [`<strong>${w.bannerLead}</strong> ${w.emergency(callEmergency)}`, talk];
      if (phone) lines.push(`${name || w.yourClinic}: ${phone}.`);
      break;
    case 'haven-warning-signs':
      lines = [w.emergency(callEmergency), talk, w.worried(phone ? (name ? w.clinicAt(name, phone) : phone) : w.yourProvider)];
      break;
    default:
      lines = [w.guide, w.emergency(callEmergency), talk];
      if (phone) lines.push(w.callUs(phone));
  }
  return ['  <p>', ...lines.map((line) => `    ${line}`), '  </p>'].join('\n');
}

/** The attributes an element gets, in the order they appear in the code: the shared ones, then its own. */
function attributes(form, tag) {
  const attrs = [];
  if (form.name) attrs.push(['clinic-name', form.name]);
  if (form.phone) attrs.push(['clinic-phone', form.phone]);
  if (form.hours) attrs.push(['clinic-hours', form.hours]);
  if (form.hours && form.zone) attrs.push(['clinic-time-zone', form.zone]);
  // Script tag code lists the local services once, in a shared <haven-lines> that each element names.
  if (form.lines.length && form.output === 'script') attrs.push(['lines', LINES_ID]);
  attrs.push(['region', form.region], ['lang', form.lang]);
  if (tag === 'haven-recovery-guide' && form.layout === 'steps') attrs.push(['layout', 'steps']);
  if (tag === 'haven-recovery-guide' && form.partners) attrs.push(['sections', WITH_PARTNERS]);
  return attrs;
}

/** One local service's attributes, in the order they appear in the code (empty ones left out). */
function lineAttributes(line, zone) {
  const attrs = [['name', line.name], ['phone', line.phone]];
  if (line.hours) attrs.push(['hours', line.hours]);
  if (line.hours && zone) attrs.push(['time-zone', zone]);
  attrs.push(['kind', line.kind]);
  return attrs;
}

/** `<haven-line name="…" …></haven-line>`, every value escaped. */
const lineHtml = (line, zone) =>
  `<haven-line${lineAttributes(line, zone).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('')}></haven-line>`;

/**
 * The code to paste: the script tag, then each chosen element with its attributes and its fallback; or, for
 * pre-rendered code, the deferred haven-hydrate.min.js and each element rendered by Haven's own renderer
 * (renderHaven, the same as `npx haven-render`), whose declarative shadow root links haven.css.
 */
async function buildSnippet(form, clinicHref) {
  const file = scriptFile(form.elements, form.output);
  const src = safeScriptSrc(form.scriptSrc) || defaultSrc(file);
  const prerendered = form.output === 'prerendered';
  const parts = [`<script src="${escapeHtml(src)}" integrity="${INTEGRITY[file]}" crossorigin="anonymous"${prerendered ? ' defer' : ''}></script>`];
  const { renderHaven } = prerendered ? await loadRenderer() : {};
  if (!prerendered && form.lines.length && form.elements.length) {
    parts.push([`<haven-lines id="${LINES_ID}">`, ...form.lines.map((line) => `  ${lineHtml(line, form.zone)}`), '</haven-lines>'].join('\n'));
  }
  for (const tag of form.elements) {
    if (prerendered) {
      // Pre-rendered, each element carries its lines as children (renderHaven writes them), already in its HTML.
      const lines = form.lines.map((line) => Object.fromEntries(lineAttributes(line, form.zone)));
      parts.push(renderHaven(tag, Object.fromEntries(attributes(form, tag)), { stylesheet: cssSrc(src), lines }));
      continue;
    }
    const attrs = attributes(form, tag).map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
    parts.push(`<${tag}${attrs}>\n${fallback(tag, form, clinicHref)}\n</${tag}>`);
  }
  return `${parts.join('\n\n')}\n`;
}

function readForm(formEl) {
  const data = new FormData(formEl);
  const text = (name) => String(data.get(name) ?? '').trim();
  const region = text('region');
  const lang = text('lang');
  return {
    name: text('clinic-name'),
    phone: text('clinic-phone'),
    hours: text('clinic-hours'),
    zone: text('clinic-time-zone'),
    region: region in REGIONS ? region : 'US',
    lang: lang in WORDS ? lang : 'en',
    elements: TAGS.filter((tag) => data.getAll('elements').includes(tag)),
    scriptSrc: text('script-src'),
    layout: text('layout') === 'steps' ? 'steps' : 'page',
    output: text('output') === 'prerendered' ? 'prerendered' : 'script',
    partners: text('partners') === 'yes',
    // A service is added once it has a name and a phone number; Haven itself checks the number.
    lines: Array.from({ length: LINE_ROWS }, (_, i) => ({
      name: text(`line-${i + 1}-name`),
      phone: text(`line-${i + 1}-phone`),
      hours: text(`line-${i + 1}-hours`),
      kind: LINE_KINDS.includes(text(`line-${i + 1}-kind`)) ? text(`line-${i + 1}-kind`) : 'support',
    })).filter((line) => line.name && line.phone),
  };
}

function setAttributes(el, form) {
  for (const name of ['clinic-name', 'clinic-phone', 'clinic-hours', 'clinic-time-zone', 'layout', 'sections', 'lines']) el.removeAttribute(name);
  for (const [name, value] of attributes(form, el.localName)) if (name !== 'lines') el.setAttribute(name, value);
}

/** The preview's local services, as <haven-line> children (built with setAttribute, never markup). */
function setLines(el, form) {
  for (const old of el.querySelectorAll(':scope > haven-line')) old.remove();
  for (const line of form.lines) {
    const child = document.createElement('haven-line');
    for (const [name, value] of lineAttributes(line, form.zone)) child.setAttribute(name, value);
    el.append(child);
  }
}

function start() {
  const formEl = document.getElementById('builder');
  const snippet = document.getElementById('snippet');
  const preview = document.getElementById('preview');
  const status = document.getElementById('copy-status');
  const noElements = document.getElementById('no-elements');
  const copy = document.getElementById('copy');
  const srcInput = document.getElementById('script-src');
  const srcNote = document.getElementById('script-src-note');
  const zoneNoteEl = document.getElementById('clinic-time-zone-note');
  const srcFile = document.getElementById('script-file');
  const cssNote = document.getElementById('css-note');
  const cssPath = document.getElementById('css-src');
  if (!srcInput.value) srcInput.value = defaultSrc('haven.min.js');

  // A banner that is never shown, only asked which tel: link Haven makes of the clinic's number.
  const reference = document.createElement('haven-crisis-banner');
  reference.hidden = true;
  reference.setAttribute('aria-hidden', 'true');
  document.body.append(reference);

  const previews = new Map();
  let generation = 0;

  async function update() {
    const form = readForm(formEl);
    const mine = ++generation;
    noElements.hidden = form.elements.length > 0;
    srcNote.textContent = form.scriptSrc && !safeScriptSrc(form.scriptSrc) ? BAD_SCRIPT_SRC : '';
    const zoneNote = form.zone || !DATA[form.region]?.zones || (!form.hours && !form.lines.some((line) => line.hours)) ? '' : zoneNeeded(form.region);
    if (zoneNoteEl.textContent !== zoneNote) zoneNoteEl.textContent = zoneNote;

    for (const tag of TAGS) {
      const wanted = form.elements.includes(tag);
      let el = previews.get(tag);
      if (wanted && !el) {
        el = document.createElement(tag);
        // In this page the preview sits under an h2; on the clinic's page the default level (2) usually fits.
        el.setAttribute('heading-level', '3');
        previews.set(tag, el);
      }
      if (!el) continue;
      if (wanted) {
        setAttributes(el, form);
        setLines(el, form);
        // Keep the page order: banner, checklist, guide.
        preview.append(el);
      } else {
        el.remove();
        previews.delete(tag);
      }
    }

    setAttributes(reference, form);
    await reference.updateComplete;
    if (mine !== generation) return; // A newer keystroke is already on its way.
    // `data-service="clinic"` marks the clinic's own call link (the same value haven-contact reports).
    const clinicHref = reference.shadowRoot?.querySelector('a[data-service="clinic"]')?.getAttribute('href') ?? '';
    // The script follows the chosen parts; an address the clinic typed itself is kept.
    const file = scriptFile(form.elements, form.output);
    srcFile.textContent = `dist/${file}`;
    if (!srcInput.value || DEFAULT_SRCS.has(srcInput.value)) srcInput.value = form.scriptSrc = defaultSrc(file);
    const code = await buildSnippet(form, clinicHref);
    if (mine !== generation) return;
    snippet.value = code;
    cssNote.hidden = form.output !== 'prerendered';
    cssPath.textContent = cssSrc(safeScriptSrc(form.scriptSrc) || defaultSrc(file));
    status.textContent = '';
  }

  copy.addEventListener('click', async () => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(snippet.value);
      status.textContent = 'Copied. Paste it into your page.';
    } catch {
      // No clipboard access (an older browser, or permission refused): select the code for Ctrl+C or ⌘+C.
      snippet.focus();
      snippet.select();
      status.textContent = 'The code is selected: press Ctrl+C (or ⌘+C on a Mac) to copy it.';
    }
  });

  formEl.addEventListener('input', update);
  formEl.addEventListener('change', update);
  formEl.addEventListener('submit', (event) => event.preventDefault());
  customElements.whenDefined('haven-crisis-banner').then(update);
}

if (document.getElementById('builder')) start();
