/**
 * Base class for every Haven element: the shared contact attributes, language lookup (and re-rendering when any
 * `lang` changes), one-time console warnings for bad attribute values, the `haven-contact` event, and the static
 * `version` that the define guard compares.
 */
import { html, LitElement, render, type CSSResult, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { stringsFor, type Strings } from '../content/strings.js';
import type { Lang } from '../content/types.js';
import { crisisCallAction, emergencyAction } from './contact-templates.js';
import { resolveContacts, type ResolvedContacts } from './contacts.js';
import { headingLevel } from './heading.js';
import { requestedLang, supportedLang } from './locale.js';
import { themeProblem } from './theme-guard.js';
import { VERSION } from './version.js';

/** `detail` of `haven-contact`: which service a patient reached for, and how. Never any personal data. */
export interface HavenContactDetail {
  /** A line id from the region's data (e.g. `988`, `samaritans`), or `emergency`, `clinic` or `directory`. */
  service: string;
  /** `call`, `text`, `chat` or `web` (the helpline directory). */
  method: string;
}

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
  const view = el.ownerDocument.defaultView ?? globalThis;
  if (typeof view.requestAnimationFrame === 'function') view.requestAnimationFrame(checkThemes);
  else setTimeout(checkThemes, 16);
}

function themeChanged(): void {
  for (const el of connected) scheduleThemeCheck(el);
}

function watch(doc: Document): void {
  const view = doc.defaultView;
  if (!watchers.has(doc) && view && typeof view.MutationObserver === 'function') {
    const lang = new view.MutationObserver(langChanged);
    lang.observe(doc.documentElement, LANG_CHANGES);
    const theme = new view.MutationObserver(themeChanged);
    theme.observe(doc.documentElement, THEME_SWITCHES);
    if (doc.body) theme.observe(doc.body, THEME_SWITCHES);
    watchers.set(doc, { lang, theme });
  }
  if (view && !schemes.has(view)) {
    // Test runners (jsdom) and server renderers may have no matchMedia; the theme is then checked on render only.
    const scheme = typeof view.matchMedia === 'function' ? view.matchMedia('(prefers-color-scheme: dark)') : undefined;
    scheme?.addEventListener?.('change', themeChanged);
    if (doc.readyState !== 'complete') view.addEventListener('load', themeChanged, { once: true });
    schemes.set(view, scheme);
  }
}

function unwatchUnused(): void {
  const docs = new Set([...connected].map((el) => el.ownerDocument));
  for (const [doc, observers] of watchers) {
    if (docs.has(doc)) continue;
    observers.lang.disconnect();
    observers.theme.disconnect();
    watchers.delete(doc);
  }
  const views = new Set([...docs].map((doc) => doc.defaultView));
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
 *   helpline directory. Bubbles and is composed. `detail` is `{ service, method }`: `service` is a line id (e.g.
 *   `988`), `emergency`, `clinic` or `directory`; `method` is `call`, `text`, `chat` or `web`. No personal data, and
 *   Haven itself sends nothing anywhere.
 *
 * @csspart action - Every call, text and chat link; each also has the part `call`, `text` or `chat`.
 * @csspart call - A call (`tel:`) link.
 * @csspart text - A text (`sms:`) link.
 * @csspart chat - A web chat link.
 * @csspart line - One contact line: a crisis or support line, the clinic, the helpline directory.
 * @csspart emergency-words - "Call your local emergency number", shown where Haven has no number for the region.
 * @csspart hotline-link - The link to the helpline directory.
 * @csspart clinic-phone-text - A `clinic-phone` that is not a phone number, shown as plain text without a link.
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

  /** ISO country code choosing emergency and crisis numbers. Default `US`. */
  @property() region = 'US';

  /** Replaces the region's emergency number (e.g. a campus or hospital line). */
  @property({ attribute: 'emergency-number' }) emergencyNumber = '';

  /** Directory of helplines for readers outside the regions Haven knows; only http(s) is accepted. */
  @property({ attribute: 'hotline-url' }) hotlineUrl = '';

  /** Level (2–6) of the element's top heading, to fit the host page's outline. Default 2. */
  @property({ attribute: 'heading-level' }) headingLevel = '2';

  protected contacts!: ResolvedContacts;
  protected lang_: Lang = 'en';
  protected strings: Strings = stringsFor('en');
  protected level = 2;

  private readonly warned = new Set<string>();

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
      const { service, method } = link?.dataset ?? {};
      if (!service || !method) return;
      this.dispatchEvent(
        new CustomEvent<HavenContactDetail>('haven-contact', { bubbles: true, composed: true, detail: { service, method } }),
      );
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
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      observers?.lang.observe(root, LANG_CHANGES);
    }
    // Moved, or put back after a while: the language around it may be different now.
    if (this.hasUpdated) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    themePending.delete(this);
    unwatchUnused();
  }

  /**
   * Moved into another document (an iframe, a picture-in-picture window). Its constructed stylesheets belong to the
   * old document, and browsers do not share them across documents, so the styles are made again in the new one.
   */
  adoptedCallback(): void {
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
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
    const base = this.renderRoot.querySelector('[part~="base"]');
    if (!base) return;
    const problem = themeProblem(this, this.renderRoot, base);
    base.toggleAttribute('data-safe-colours', !!problem);
    if (problem) this.warnOnce(problem[0], `${problem[1]}; using Haven’s own colours so every part stays readable.`);
  }

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
    } catch (again) {
      console.error(`[haven] <${this.localName}> could not show emergency help either.`, again);
    }
  }

  private renderFailure() {
    const s = this.strings;
    let c = this.contacts;
    if (!c) {
      // The failure came before the contacts were read: read the region as written, with no other value.
      try {
        c = resolveContacts({ region: this.getAttribute('region') }, () => undefined);
      } catch {
        // No numbers, then; the words below still say what to do.
      }
    }
    let actions: unknown = '';
    try {
      if (c) actions = html`${emergencyAction(c, s)} ${c.region ? crisisCallAction(c, s) : ''}`;
    } catch {
      // The text below still tells the patient what to do.
    }
    return html`<section part="base" class="failure" role="region" aria-label=${s.fallbackLabel} lang=${this.lang_}>
      <p>${s.fallbackText} ${!c || c.regionCode === 'US' ? s.fallbackUs : ''}</p>
      <p class="actions">${actions}</p>
    </section>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    scheduleThemeCheck(this);
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
    const inputs = ['region', 'emergencyNumber', 'clinicName', 'clinicPhone', 'afterHoursPhone', 'hotlineUrl'] as const;
    if (this.contacts && !inputs.some((name) => changed.has(name))) return;
    this.contacts = resolveContacts(
      {
        region: this.text('region', this.region),
        emergencyNumber: this.text('emergency-number', this.emergencyNumber, true),
        clinicName: this.text('clinic-name', this.clinicName, true),
        clinicPhone: this.text('clinic-phone', this.clinicPhone, true),
        afterHoursPhone: this.text('after-hours-phone', this.afterHoursPhone, true),
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
