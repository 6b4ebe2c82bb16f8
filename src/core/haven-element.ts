/**
 * Base class for every Haven element: the shared contact attributes, language lookup, one-time console warnings
 * for bad attribute values, and the static `version` that the define guard compares.
 */
import { html, LitElement, ReactiveElement, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { stringsFor, type Strings } from '../content/strings.js';
import type { Lang } from '../content/types.js';
import { crisisCallAction, emergencyAction } from './contact-templates.js';
import { resolveContacts, type ResolvedContacts } from './contacts.js';
import { headingLevel } from './heading.js';
import { requestedLang, supportedLang } from './locale.js';
import { VERSION } from './version.js';

export class HavenElement extends LitElement {
  /** Haven's version, equal to the package's. */
  static readonly version = VERSION;

  /** The clinic's name, e.g. `All About Women`. */
  @property({ attribute: 'clinic-name' }) clinicName = '';

  /** The clinic's phone number as the clinic writes it, e.g. `(703) 437-0001`. */
  @property({ attribute: 'clinic-phone' }) clinicPhone = '';

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
    return html`<section part="base" class="failure" role="region" aria-label=${s.fallbackLabel}>
      <p>${s.fallbackText}</p>
      <p class="actions">${actions}</p>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.lang_ = supportedLang(requestedLang(this));
    this.strings = stringsFor(this.lang_);
    this.level = headingLevel(this.headingLevel);
    if (this.headingLevel !== '2' && String(this.level) !== String(this.headingLevel).trim()) {
      this.warnOnce('heading-level', `heading-level="${String(this.headingLevel).slice(0, 20)}" must be 2 to 6; using 2.`);
    }
    this.contacts = resolveContacts(
      {
        region: this.region,
        emergencyNumber: this.emergencyNumber,
        clinicName: this.clinicName,
        clinicPhone: this.clinicPhone,
        hotlineUrl: this.hotlineUrl,
      },
      (attribute, message) => this.warnOnce(attribute, message),
    );
  }
}
