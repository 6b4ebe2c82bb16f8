/**
 * Base class for every Haven element: the shared contact attributes, language lookup (and re-rendering when any
 * `lang` changes), one-time console warnings for bad attribute values, the `haven-contact` event, and the static
 * `version` that the define guard compares.
 */
import { html, isServer, LitElement, nothing, render, type CSSResult, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { stringsFor, type Strings } from '../content/strings.js';
import type { Lang } from '../content/types.js';
import { crisisCall, crisisCallAction, emergencyAction } from './contact-templates.js';
import { resolveContacts, type ResolvedContacts } from './contacts.js';
import { lineElements, lineSource, resolveLines, LINE_ATTRIBUTES, MAX_LINES, type LineSource } from './local-lines.js';
import { clock } from './hours.js';
import { ancestry, bodyOf, createIn, headOf, readyStateOf, rootOf, viewOf } from './dom.js';
import { telHref } from './phone.js';
import { headingLevel } from './heading.js';
import { requestedLang, supportedLang } from './locale.js';
import { restoreParts, stripParts, themeProblem } from './theme-guard.js';
import { VERSION } from './version.js';

/** `detail` of `haven-contact`: which service a patient reached for, and how. Never any personal data. */
export interface HavenContactDetail {
  /**
   * A line id from the region's data (e.g. `988`, `samaritans`), or `emergency`, `clinic`, `after-hours`,
   * `directory`, or `local` for one of the clinic's own local lines (`<haven-line>`).
   */
  service: string;
  /** `call`, `text`, `chat` or `web` (the helpline directory, a local line's web address). */
  method: string;
  /** For `local`: the local line's `name`, as the clinic wrote it. */
  line?: string;
}

/**
 * Whether this script's Lit can take over a pre-rendered shadow root: haven-hydrate.min.js, or a page that loads
 * Lit's hydration support itself (a framework's server-rendering integration).
 */
const canHydrate = () =>
  HavenElement.hydrates || typeof (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport === 'function';

/** A change to a local line (added, removed, or an attribute), which the element shows. */
const isLineNode = (node: Node) => node.nodeName === 'HAVEN-LINE' || node.nodeName === 'HAVEN-LINES';
const holdsLines = (node: Node) => isLineNode(node) || (node.nodeType === 1 && !!(node as Element).querySelector('haven-line, haven-lines'));
const LINE_CHANGES: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: [...LINE_ATTRIBUTES] };
/** The page, for a `<haven-lines>` added, removed or given another id. */
const LIST_CHANGES: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ['id'] };

// Connected Haven elements, told when something around them may have changed their language or their theme. Each
// document they live in (the page, an iframe they were moved into) gets its own watchers: `lang` anywhere in it (or
// in a shadow root that holds one), and the page's dark-mode switches (a class or data attribute on <html> or
// <body>). The colour scheme and late stylesheets ("load") are watched once per window.
const connected = new Set<HavenElement>();
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
const THEME_SWITCHES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['class', 'style', 'data-theme', 'data-color-scheme', 'data-bs-theme', 'data-mode'],
};
// On the element's other ancestors (a themed wrapper, a dialog), the same switches except inline styles, which pages
// animate frame by frame.
const ANCESTOR_SWITCHES: MutationObserverInit = {
  attributes: true,
  attributeFilter: ['class', 'data-theme', 'data-color-scheme', 'data-bs-theme', 'data-mode'],
};
const watchers = new Map<Document, { lang: MutationObserver; theme: MutationObserver }>();
const schemes = new Map<Window, MediaQueryList | undefined>();

/** Elements whose language may have changed re-render; nothing else does any work. */
function langChanged(): void {
  for (const el of connected) el.refresh();
}

// Theme checks read computed styles, so they are batched: one per element per frame, however many triggers.
const themePending = new Set<HavenElement>();
let themeFrame = false;

function checkThemes(): void {
  themeFrame = false;
  const due = [...themePending];
  themePending.clear();
  for (const el of due) if (el.isConnected) el.checkTheme();
}

function scheduleThemeCheck(el: HavenElement): void {
  themePending.add(el);
  if (themeFrame) return;
  themeFrame = true;
  const view = viewOf(el.ownerDocument) ?? globalThis;
  if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(checkThemes);
  else setTimeout(checkThemes, 16);
}

function themeChanged(): void {
  for (const el of connected) scheduleThemeCheck(el);
}

/** A stylesheet that arrives late (a <link> that loads, a <style> added to the head) may change the theme. */
function sheetLoaded(event: Event): void {
  const target = event.target as Element | null;
  if (target && (target.localName === 'link' || target.localName === 'style')) themeChanged();
}

function watch(doc: Document): void {
  const view = viewOf(doc);
  const root = rootOf(doc);
  if (!watchers.has(doc) && view && root && typeof view.MutationObserver === 'function') {
    const lang = new view.MutationObserver(langChanged);
    lang.observe(root, LANG_CHANGES);
    const theme = new view.MutationObserver(themeChanged);
    theme.observe(root, THEME_SWITCHES);
    const body = bodyOf(doc);
    if (body) theme.observe(body, THEME_SWITCHES);
    const head = headOf(doc);
    if (head) theme.observe(head, { childList: true });
    doc.addEventListener('load', sheetLoaded, true);
    watchers.set(doc, { lang, theme });
  }
  if (view && !schemes.has(view)) {
    // Test runners (jsdom) and server renderers may have no matchMedia; the theme is then checked on render only.
    const scheme = typeof view.matchMedia === 'function' ? view.matchMedia('(prefers-color-scheme: dark)') : undefined;
    scheme?.addEventListener?.('change', themeChanged);
    if (readyStateOf(doc) !== 'complete') view.addEventListener('load', themeChanged, { once: true });
    schemes.set(view, scheme);
  }
}

/**
 * Landmark names that tell apart several copies of one element on a page (two guides, a banner in the header and one
 * in the footer): the second and later get "(2)", "(3)" after their name, in document order. Worked out once per
 * task, however many elements connect, and only elements whose number changed re-render.
 */
let naming = false;

function nameLandmarks(): void {
  naming = false;
  const groups = new Map<string, HavenElement[]>();
  for (const el of connected) {
    const key = el.localName;
    const group = groups.get(key) ?? [];
    group.push(el);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    const byDocument = new Map<Document, HavenElement[]>();
    for (const el of group) byDocument.set(el.ownerDocument, [...(byDocument.get(el.ownerDocument) ?? []), el]);
    for (const list of byDocument.values()) {
      list.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b follows a */ ? -1 : 1));
      list.forEach((el, i) => el.setLandmarkNumber(list.length > 1 ? i + 1 : 0));
    }
  }
}

function scheduleLandmarkNames(): void {
  if (naming) return;
  naming = true;
  queueMicrotask(nameLandmarks);
}

function unwatchUnused(): void {
  const docs = new Set([...connected].map((el) => el.ownerDocument));
  for (const [doc, observers] of watchers) {
    if (docs.has(doc)) continue;
    observers.lang.disconnect();
    observers.theme.disconnect();
    doc.removeEventListener('load', sheetLoaded, true);
    watchers.delete(doc);
  }
  const views = new Set([...docs].map((doc) => viewOf(doc)));
  for (const [view, scheme] of schemes) {
    if (views.has(view as Window & typeof globalThis)) continue;
    scheme?.removeEventListener?.('change', themeChanged);
    view.removeEventListener('load', themeChanged);
    schemes.delete(view);
  }
}

/** Longest value Haven reads from any attribute or property; longer text is cut (with a warning) before parsing. */
export const MAX_VALUE = 2000;

/**
 * The base of every Haven element (not a tag of its own). What it documents here appears on each element in
 * custom-elements.json.
 *
 * @attr lang - The language the element speaks, `en` or `es`: its own `lang`, else the nearest ancestor's (across
 *   shadow roots), else the document's. Any other language shows English. Changing any of them re-renders.
 *
 * @fires {CustomEvent<HavenContactDetail>} haven-contact - A patient activated a call, text or chat link, or the
 *   helpline directory, or a local line. Bubbles and is composed. `detail` is `{ service, method }`: `service` is a
 *   line id (e.g. `988`), `emergency`, `clinic`, `after-hours`, `directory`, or `local` for the clinic's own local
 *   lines, whose `detail` also has `line`, the line's `name`; `method` is `call`, `text`, `chat` or `web`. No
 *   personal data, and Haven itself sends nothing anywhere.
 *
 * @csspart action - Every call, text and chat link; each also has the part `call`, `text` or `chat`.
 * @csspart call - A call (`tel:`) link.
 * @csspart text - A text (`sms:`) link.
 * @csspart chat - A web chat link.
 * @csspart line - One contact line: a crisis or support line, the clinic, the helpline directory.
 * @csspart emergency-words - "Call your local emergency number", shown where Haven has no number for the region.
 * @csspart hotline-link - The link to the helpline directory.
 * @csspart clinic-phone-text - A `clinic-phone` that is not a phone number, shown as plain text without a link.
 * @csspart hours - A line's or the clinic's opening hours in words, after "Open now" or "Closed now", and what to do while it is closed.
 * @csspart hours-status - "Open now" or "Closed now" ("Hours:" before the patient's clock is known), in a box as wide as the widest of the three.
 * @csspart local-line - One of the clinic's own local lines (`<haven-line>`); also a `line`.
 * @csspart web - A local line's web address link; also an `action`.
 *
 * @cssproperty --haven-accent - Links, buttons, checkboxes and contact actions. Default `#0b5d66`.
 * @cssproperty --haven-surface - Backgrounds, and the text on accent-coloured buttons. Default `#ffffff`.
 * @cssproperty --haven-text - Text. Default `#1f2933`.
 * @cssproperty --haven-border - Borders. Default `#b8c4ce`.
 * @cssproperty --haven-urgent - Emergency and crisis accents, and the emergency call button. Default `#a4161a`.
 * @cssproperty --haven-urgent-surface - Background of emergency and crisis blocks. Default `#fdf0f0`.
 * @cssproperty --haven-on-urgent - Text on the emergency call button. Default `#ffffff`.
 * @cssproperty --haven-focus - The focus ring. Default `#1d4ed8`.
 * @cssproperty --haven-radius - Corner radius. Default `0.5rem`.
 */
export class HavenElement extends LitElement {
  /** Haven's version, equal to the package's. */
  static readonly version = VERSION;

  /** The clinic's name, e.g. `All About Women`. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /** The clinic's phone number as the clinic writes it, e.g. `(703) 437-0001`. */
  @property({ attribute: 'clinic-phone' }) clinicPhone = '';

  /**
   * The clinic's 24-hour or on-call line, for signs that need care at any hour. Without it, Haven offers the clinic's
   * number, then the region's 24/7 nurse line where there is one, then the emergency number.
   */
  @property({ attribute: 'after-hours-phone' }) afterHoursPhone = '';

  /**
   * The clinic's opening hours, e.g. `Mo-Fr 08:00-17:00; Sa 09:00-12:00` (days `Mo Tu We Th Fr Sa Su`, 24-hour
   * times), shown in words with "Open now" or "Closed now" beside its number. A value in another form shows no status.
   */
  @property({ attribute: 'clinic-hours' }) clinicHours = '';

  /**
   * IANA time zone of `clinic-hours`, e.g. `America/Chicago`. Needed in the US, Canada and Australia (several zones:
   * without it no status is shown); elsewhere the region's zone by default.
   */
  @property({ attribute: 'clinic-time-zone' }) clinicTimeZone = '';

  /** ISO country code choosing emergency and crisis numbers. Default `US`. */
  @property() region = 'US';

  /** Replaces the region's emergency number (e.g. a campus or hospital line). */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** Directory of helplines for readers outside the regions Haven knows; only http(s) is accepted. */
  @property({ attribute: 'hotline-url' }) hotlineUrl = '';

  /**
   * A name for the element's landmark, e.g. `Help for partners`, where the page holds more than one and their
   * headings alone would not tell them apart. Without it, the second and later copies of an element on a page get
   * "(2)", "(3)" after their heading in their landmark name.
   */
  @property() label = '';

  /**
   * The `id` of a `<haven-lines>` list of the clinic's local lines, in the same document (or shadow root), shared by
   * several elements; shown before the element's own `<haven-line>` children. See "Local lines" in the README.
   */
  @property() lines = '';

  /** Level (2–6) of the element's top heading, to fit the host page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  /** This element's number among copies of it on the page (from 1), or 0 when it is the only one. */
  private landmarkNumber = 0;

  protected contacts!: ResolvedContacts;
  protected lang_: Lang = 'en';
  protected strings: Strings = stringsFor('en');
  protected level = 2;

  private readonly warned = new Set<string>();

  /**
   * @internal Local lines given by the server renderer (ssr/render.ts), which has no DOM children to read.
   */
  serverLines?: readonly LineSource[];
  /** Watches the element's and the shared list's `<haven-line>`s, so a CMS or framework adding one shows it. */
  private lineObserver?: MutationObserver;
  /** What the observer watches besides the element: the shared list, or its root while the list is missing. */
  private lineWatched?: Node;
  private waitingForLines = false;
  /** The local lines' attributes at the last render, to tell on reconnecting whether they changed. */
  private lineKey = '';

  /** The one timer that re-renders when a line or the clinic opens or closes while the page is open. */
  private hoursTimer?: ReturnType<typeof setTimeout>;

  /**
   * @internal True for the first render of an element pre-rendered on a server (a declarative shadow root was there
   * before the element started) and while rendering on the server (ssr/render.ts sets it). That first render must be the server's template: it has no open/closed status, since
   * the server's clock is not the patient's, and the checklist's answers for a page whose script never runs
   * (warning-signs/no-script.ts). The next render adds the statuses and drops those answers, hidden by then.
   */
  prerendered = !isServer && !!this.shadowRoot && canHydrate();

  /**
   * @internal Set by haven-hydrate.min.js (ssr/prerendered-root.ts), whose Lit can take over a pre-rendered shadow
   * root. The other scripts cannot: without this, Lit would render a second copy after the server's (every checkbox
   * id twice, a label ticking the dead copy's box).
   */
  static hydrates = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const existing = this.shadowRoot;
    if (existing && !isServer && !canHydrate()) {
      // Pre-rendered HTML with a script that cannot hydrate it: draw it again, once, rather than twice.
      existing.replaceChildren();
      this.warnOnce(
        'shadow root',
        'pre-rendered HTML needs haven-hydrate.min.js; this script draws it again (clearing a ticked box).',
      );
    }
    return super.createRenderRoot();
  }

  /**
   * The element's own `lang` is a plain HTML attribute, not a Lit property. Watching it here re-renders in the same
   * update cycle (`el.lang = 'es'; await el.updateComplete` sees Spanish); the document observer covers ancestors.
   */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  constructor() {
    super();
    // One listener for every contact link in the shadow root; links carry data-service and data-method.
    this.addEventListener('click', (event) => {
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.getRootNode() === this.renderRoot);
      const { service, method, local } = link?.dataset ?? {};
      if (!service || !method) return;
      const detail: HavenContactDetail = local === undefined ? { service, method } : { service, method, line: local };
      this.dispatchEvent(new CustomEvent<HavenContactDetail>('haven-contact', { bubbles: true, composed: true, detail }));
    });
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watch(this.ownerDocument);
    // An ancestor inside another component's shadow root is not in the document's subtree: watch that root too.
    const observers = watchers.get(this.ownerDocument);
    // A class switched on any ancestor (a themed wrapper) can change the theme too.
    for (const node of ancestry(this)) {
      const root = Node.prototype.getRootNode.call(node);
      if (root !== this.ownerDocument && root.nodeType === 11) observers?.lang.observe(root, LANG_CHANGES);
      if (node !== this) observers?.theme.observe(node, ANCESTOR_SWITCHES);
    }
    this.watchLines();
    // Moved, or put back after a while: the language around it, the time, and the local lines (a shared list in
    // another document, children changed while it was out) may be different now.
    if (this.contacts?.due || (this.hasUpdated && JSON.stringify(this.lineSources()) !== this.lineKey)) this.requestUpdate();
    else if (this.hasUpdated) this.refresh();
    scheduleLandmarkNames();
  }

  /** @internal Set by Haven when copies of this element are added, moved or removed. */
  setLandmarkNumber(number: number): void {
    if (number === this.landmarkNumber) return;
    this.landmarkNumber = number;
    this.requestUpdate();
  }

  /** The `label` attribute, cleaned, or `undefined`. */
  protected get landmarkLabel(): string | undefined {
    return this.text('label', this.label).replace(/\s+/g, ' ').trim().slice(0, 120) || undefined;
  }

  /**
   * `aria-labelledby` for the landmark: its heading and the hidden "(2)" (`landmarkSuffix()`), unless a `label`
   * names it instead.
   */
  protected landmarkLabelledBy(headingId: string) {
    return this.landmarkLabel ? nothing : `${headingId} landmark-number`;
  }

  /** `aria-label` for the landmark: the `label` attribute, with the copy's number where it has one. */
  protected landmarkAriaLabel() {
    const label = this.landmarkLabel;
    return label ? `${label}${this.landmarkSuffixText()}` : nothing;
  }

  protected landmarkSuffixText(): string {
    return this.landmarkNumber > 1 ? ` (${this.landmarkNumber})` : '';
  }

  /** A hidden element holding "(2)", read as part of the landmark's name through aria-labelledby. */
  protected landmarkSuffix() {
    return html`<span id="landmark-number" hidden>${this.landmarkSuffixText()}</span>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.hoursTimer);
    this.lineObserver?.disconnect();
    this.lineObserver = undefined;
    this.lineWatched = undefined;
    connected.delete(this);
    themePending.delete(this);
    unwatchUnused();
    scheduleLandmarkNames();
  }

  /**
   * Moved into another document (an iframe, a picture-in-picture window). Firefox gives an element moved into another
   * window's document that window's plain HTMLElement prototype (Mozilla bug 1502814): its methods are put back
   * first, before anything calls them. Its constructed stylesheets belong to the old document, and browsers do not
   * share them across documents, so the styles are made again in the new one.
   */
  adoptedCallback(): void {
    const own = globalThis.customElements?.get(this.localName);
    if (own && !(this instanceof own)) Object.setPrototypeOf(this, own.prototype);
    const view = viewOf(this.ownerDocument);
    const root = this.renderRoot as ShadowRoot;
    if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in root)) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    root.adoptedStyleSheets = styles.map((style) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync((style as CSSResult).cssText ?? '');
      return sheet;
    });
  }

  /**
   * Re-renders if the language around the element changed. Nothing else: a `lang` change elsewhere on a page with
   * many elements costs each of them one lookup.
   * @internal Called by Haven itself when a `lang` may have changed.
   */
  refresh(): void {
    if (supportedLang(requestedLang(this)) !== this.lang_) this.requestUpdate();
  }

  /**
   * A clinic theme that would make text hard to read gives way to Haven's own palette (see theme-guard.ts).
   * @internal Called by Haven itself, at most once a frame.
   */
  checkTheme(): void {
    const base = this.renderRoot.querySelector('[part~="base"], [data-haven-part~="base"]');
    if (!base) return;
    const problem = themeProblem(this, this.renderRoot, base);
    base.toggleAttribute('data-safe-colours', !!problem);
    // A page rule that hides a control through ::part() is shut out altogether (theme-guard.ts stripParts).
    this.partsOff = problem?.[0] === 'theme';
    if (this.partsOff) stripParts(this.renderRoot);
    else restoreParts(this.renderRoot);
    if (problem) {
      const remedy = this.partsOff ? 'Haven’s own styles and colours are used, and its parts are not styled' : 'using Haven’s own colours so every part stays readable';
      this.warnOnce(problem[0], `${problem[1]}; ${remedy}.`);
    }
  }

  /** Whether the page's ::part() rules are shut out (a rule of theirs hid a control). */
  private partsOff = false;

  /**
   * A public property's value as text, whatever a page or a framework put there: a string as it is (cut at
   * MAX_VALUE), a finite number as its digits where `numbers` allows (React passes `clinicPhone={7034370001}`), and
   * anything else (an object, an array, a Symbol, a boolean) ignored with one warning naming the attribute.
   * Objects are never turned into text, so a `toString` that throws cannot break the element.
   */
  protected text(attribute: string, value: unknown, numbers = false): string {
    if (typeof value === 'string') {
      if (value.length <= MAX_VALUE) return value;
      this.warnOnce(attribute, `${attribute} is longer than ${MAX_VALUE} characters; the rest is ignored.`);
      return value.slice(0, MAX_VALUE);
    }
    if (value == null) return '';
    if (numbers && typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.warnOnce(attribute, `${attribute} must be text${numbers ? ' or a number' : ''}; a ${typeof value} value was ignored.`);
    return '';
  }

  /** An attribute that takes one of a few words: the value if it is one, else the first (the default), with a warning. */
  protected oneOf<T extends string>(attribute: string, raw: unknown, allowed: readonly T[]): T {
    const value = this.text(attribute, raw).trim();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (value) {
      const words = allowed.map((word) => `"${word}"`).join(' or ');
      this.warnOnce(attribute, `${attribute}="${value.slice(0, 20)}" is not ${words}; using "${allowed[0]}".`);
    }
    return allowed[0];
  }

  /** Reports a bad attribute value once per element and message. */
  protected warnOnce(attribute: string, message: string): void {
    const key = `${attribute}\u0000${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[haven] <${this.localName}> ${attribute}: ${message}`);
  }

  /**
   * Failure isolation: whatever throws anywhere in an update (cleaning values in willUpdate, render, updated,
   * firstUpdated, reading slots), the element still shows how to get help instead of a blank box, the error stays
   * inside this element, and the next change renders normally again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      this.fail(error);
    }
  }

  /** Shows emergency help in place of the element's content. */
  protected fail(error: unknown): void {
    console.error(`[haven] <${this.localName}> could not render; showing emergency help instead.`, error);
    try {
      render(this.renderFailure(), this.renderRoot);
      return;
    } catch (again) {
      console.error(`[haven] <${this.localName}> could not show emergency help with Lit; building it by hand.`, again);
    }
    this.failWithoutLit();
  }

  /** The contacts as far as they can be read, for the fallbacks. */
  private fallbackContacts(): ResolvedContacts | undefined {
    if (this.contacts) return this.contacts;
    // The failure came before the contacts were read: read the region as written, with no other value.
    try {
      return resolveContacts({ region: Element.prototype.getAttribute.call(this, 'region') }, () => undefined);
    } catch {
      return undefined;
    }
  }

  /**
   * The last resort, when even Lit cannot render (a page that broke the DOM methods it relies on): the same help,
   * built node by node, and a slot that shows the clinic's own no-script content inside the tag. The next change
   * renders normally again if it can.
   */
  private failWithoutLit(): void {
    try {
      const doc = this.ownerDocument;
      const s = this.strings;
      const c = this.fallbackContacts();
      const section = createIn(doc, 'section');
      section.setAttribute('role', 'region');
      section.setAttribute('aria-label', s.fallbackLabel);
      section.setAttribute('lang', this.lang_);
      const text = createIn(doc, 'p');
      text.textContent = `${s.fallbackText} ${!c || c.regionCode === 'US' ? s.fallbackUs : ''}`;
      section.append(text);
      const crisis = c && crisisCall(c, s);
      for (const [phone, label] of [
        [c?.emergency, c?.emergency && s.call(c.emergency.display)],
        [crisis?.phone, crisis?.label],
      ] as const) {
        if (!phone || !label) continue;
        const link = createIn(doc, 'a');
        link.setAttribute('href', telHref(phone));
        link.textContent = label;
        section.append(link, ' ');
      }
      section.append(createIn(doc, 'slot'));
      const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
      root.replaceChildren(section);
      // Lit's record of what it rendered is gone with those nodes; it starts afresh at the next update.
      delete root._$litPart$;
      this.renderOptions.renderBefore = null;
    } catch (again) {
      console.error(`[haven] <${this.localName}> could not show emergency help.`, again);
    }
  }

  private renderFailure() {
    const s = this.strings;
    const c = this.fallbackContacts();
    let actions: unknown = '';
    try {
      if (c) actions = html`${emergencyAction(c, s)} ${c.region ? crisisCallAction(c, s) : ''}`;
    } catch {
      // The text below still tells the patient what to do.
    }
    return html`<section part="base" class="failure" role="region" aria-label=${`${s.fallbackLabel}${this.landmarkSuffixText()}`} lang=${this.lang_}>
      <p>${s.fallbackText} ${!c || c.regionCode === 'US' ? s.fallbackUs : ''}</p>
      <p class="actions">${actions}</p>
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // New content from this render arrives with its parts: shut them out again before it is painted.
    if (this.partsOff) stripParts(this.renderRoot);
    scheduleThemeCheck(this);
    // Render again when a status shown changes, checking at least every 10 minutes (a timer may sleep with the
    // device); the first render after a server's HTML adds the statuses.
    clearTimeout(this.hoursTimer);
    const due = this.contacts.due;
    if (this.prerendered) {
      this.prerendered = false;
      this.requestUpdate();
    } else if (due !== undefined && this.isConnected) {
      this.hoursTimer = setTimeout(() => this.requestUpdate(), Math.min(Math.max(due - clock().getTime(), 0) + 1000, 600000));
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.lang_ = supportedLang(requestedLang(this));
    this.strings = stringsFor(this.lang_);
    const level = this.text('heading-level', this.headingLevel, true).trim();
    this.level = headingLevel(level);
    if (level && level !== '2' && String(this.level) !== level) {
      this.warnOnce('heading-level', `heading-level="${level.slice(0, 20)}" must be 2 to 6; using 2.`);
    }
    // Contacts depend only on these attributes; a checkbox tick or a step does not re-read them.
    const inputs = ['region', 'emergencyNumber', 'clinicName', 'clinicPhone', 'afterHoursPhone', 'clinicHours', 'clinicTimeZone', 'hotlineUrl'] as const;
    if (!this.contacts || inputs.some((name) => changed.has(name))) this.readContacts();
    const sources = this.lineSources();
    this.lineKey = JSON.stringify(sources);
    this.contacts.local = resolveLines(sources, this.contacts.region, this.contacts.zone, (attribute, message) =>
      this.warnOnce(attribute, message),
    );
    this.contacts.now = isServer || this.prerendered ? undefined : clock();
    this.contacts.due = undefined;
  }

  /** Starts watching the element's own `<haven-line>` children (and, once found, the shared list). */
  private watchLines(): void {
    const view = viewOf(this.ownerDocument);
    if (this.lineObserver || !view || typeof view.MutationObserver !== 'function') return;
    this.lineObserver = new view.MutationObserver((records) => {
      const changed = records.some(
        (record) => isLineNode(record.target) || [...record.addedNodes, ...record.removedNodes].some(holdsLines),
      );
      if (changed) this.requestUpdate();
    });
    this.lineObserver.observe(this, LINE_CHANGES);
    this.lineWatched = undefined;
  }

  /**
   * The attributes of each local line: the shared `<haven-lines>` list named by `lines` first, then the element's own
   * `<haven-line>` children. A list that is not there yet while the page is still loading is looked for again once
   * it has loaded; after that, a missing one is warned about.
   */
  private lineSources(): LineSource[] {
    if (isServer || !this.isConnected) return [...(this.serverLines ?? [])];
    const id = this.text('lines', this.lines).trim();
    let list: Element | null = null;
    let root: Node | undefined;
    if (id) {
      root = Node.prototype.getRootNode.call(this) as Node;
      const proto = root.nodeType === 9 ? Document.prototype : DocumentFragment.prototype;
      const found = typeof proto.getElementById === 'function' ? proto.getElementById.call(root, id) : null;
      if (found?.localName === 'haven-lines') list = found;
      else if (found) this.warnOnce('lines', `lines="${id.slice(0, 40)}" names a <${found.localName}>, not a <haven-lines>; it is ignored.`);
      else if (readyStateOf(this.ownerDocument) === 'loading') {
        if (!this.waitingForLines) {
          this.waitingForLines = true;
          this.ownerDocument.addEventListener(
            'DOMContentLoaded',
            () => {
              this.waitingForLines = false;
              this.requestUpdate();
            },
            { once: true },
          );
        }
      } else this.warnOnce('lines', `lines="${id.slice(0, 40)}": no <haven-lines id="${id.slice(0, 40)}"> on the page; its lines are not shown.`);
    }
    // Watch the list now named (and stop watching the one before), and, while `lines` names one, the page for a list
    // added, removed, replaced or renamed (a list later in the page, one a framework or a CMS renders again with
    // corrected numbers): a replaced list is read again, never left on screen.
    const watched = list ?? root;
    if (watched !== this.lineWatched && this.lineObserver) {
      this.lineObserver.disconnect();
      this.lineObserver.observe(this, LINE_CHANGES);
      if (root) this.lineObserver.observe(root, LIST_CHANGES);
      if (list) this.lineObserver.observe(list, LINE_CHANGES);
      this.lineWatched = watched;
    }
    // Attributes are read for a few more than are shown (some may be refused), never for a page-long list.
    // A list both named and written inside the element is read once.
    return [...new Set([...lineElements(list), ...lineElements(this)])].slice(0, MAX_LINES * 4).map(lineSource);
  }

  private readContacts(): void {
    this.contacts = resolveContacts(
      {
        region: this.text('region', this.region),
        emergencyNumber: this.text('emergency-number', this.emergencyNumber, true),
        clinicName: this.text('clinic-name', this.clinicName, true),
        clinicPhone: this.text('clinic-phone', this.clinicPhone, true),
        afterHoursPhone: this.text('after-hours-phone', this.afterHoursPhone, true),
        clinicHours: this.text('clinic-hours', this.clinicHours),
        clinicTimeZone: this.text('clinic-time-zone', this.clinicTimeZone),
        hotlineUrl: this.text('hotline-url', this.hotlineUrl),
      },
      (attribute, message) => this.warnOnce(attribute, message),
    );
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-contact': CustomEvent<HavenContactDetail>;
  }
}
