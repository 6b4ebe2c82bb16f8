/**
 * Base class for every Haven element: the shared contact attributes, language lookup (and re-rendering when any
 * `lang` changes), one-time console warnings for bad attribute values, the `haven-contact` event, and the static
 * `version` that the define guard compares.
 */
import { html, LitElement, ReactiveElement, render, type PropertyValues } from 'lit';
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

// Connected Haven elements, told when something around them may have changed their language or their theme: a
// `lang` attribute anywhere in the document (or in a shadow root that holds one), the colour scheme, the page's
// late stylesheets.
const connected = new Set<HavenElement>();
const LANG_CHANGES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
let watcher: MutationObserver | undefined;
let scheme: MediaQueryList | undefined;

function refreshAll(): void {
  for (const el of connected) el.refresh();
}

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
    if (!watcher) {
      watcher = new MutationObserver(refreshAll);
      watcher.observe(document.documentElement, LANG_CHANGES);
      scheme = matchMedia('(prefers-color-scheme: dark)');
      scheme.addEventListener('change', refreshAll);
      if (document.readyState !== 'complete') addEventListener('load', refreshAll, { once: true });
    }
    // An ancestor inside another component's shadow root is not in the document's subtree: watch that root too.
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
      watcher.observe(root, LANG_CHANGES);
    }
    // Moved, or put back after a while: the language around it may be different now.
    if (this.hasUpdated) this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    if (!connected.size) {
      watcher?.disconnect();
      scheme?.removeEventListener('change', refreshAll);
      removeEventListener('load', refreshAll);
      watcher = scheme = undefined;
    }
  }

  /**
   * Re-renders if the language around the element changed, else checks its theme again.
   * @internal Called by Haven itself when a `lang`, the colour scheme or the page's styles may have changed.
   */
  refresh(): void {
    if (supportedLang(requestedLang(this)) !== this.lang_) this.requestUpdate();
    else this.checkTheme();
  }

  /** A clinic theme that would make text hard to read gives way to Haven's own palette (see theme-guard.ts). */
  private checkTheme(): void {
    const problem = themeProblem(this, this.renderRoot);
    this.renderRoot.querySelector('[part~="base"]')?.toggleAttribute('data-safe-colours', !!problem);
    if (problem) this.warnOnce(problem[0], `${problem[1]}; using Haven’s own colours so every part stays readable.`);
  }

  /** An attribute that takes one of a few words: the value if it is one, else the first (the default), with a warning. */
  protected oneOf<T extends string>(attribute: string, value: string, allowed: readonly T[]): T {
    if ((allowed as readonly string[]).includes(value)) return value as T;
    if (value) {
      const words = allowed.map((word) => `"${word}"`).join(' or ');
      this.warnOnce(attribute, `${attribute}="${String(value).slice(0, 20)}" is not ${words}; using "${allowed[0]}".`);
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
   * Failure isolation: if an element's own rendering throws (a content bug, odd slotted markup), it still shows
   * how to get help instead of a blank box, and the error stays inside this element.
   */
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (error) {
      console.error(`[haven] <${this.localName}> could not render; showing emergency help instead.`, error);
      render(this.renderFailure(), this.renderRoot);
      // LitElement.update threw before ReactiveElement.update marked the update done; without this the element
      // would ignore every later change (a fixed attribute, new slot content) and stay on the fallback.
      (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    }
  }

  private renderFailure() {
    const s = this.strings;
    const c = this.contacts;
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
    this.checkTheme();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.lang_ = supportedLang(requestedLang(this));
    this.strings = stringsFor(this.lang_);
    this.level = headingLevel(this.headingLevel);
    if (this.headingLevel !== '2' && String(this.level) !== String(this.headingLevel).trim()) {
      this.warnOnce('heading-level', `heading-level="${String(this.headingLevel).slice(0, 20)}" must be 2 to 6; using 2.`);
    }
    // Contacts depend only on these attributes; a checkbox tick or a step does not re-read them.
    const inputs = ['region', 'emergencyNumber', 'clinicName', 'clinicPhone', 'afterHoursPhone', 'hotlineUrl'] as const;
    if (this.contacts && !inputs.some((name) => changed.has(name))) return;
    this.contacts = resolveContacts(
      {
        region: this.region,
        emergencyNumber: this.emergencyNumber,
        clinicName: this.clinicName,
        clinicPhone: this.clinicPhone,
        afterHoursPhone: this.afterHoursPhone,
        hotlineUrl: this.hotlineUrl,
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
