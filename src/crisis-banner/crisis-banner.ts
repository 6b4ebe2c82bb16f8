/**
 * <haven-crisis-banner>: how to get help right now. The emergency number, the region's crisis line (988 in the
 * United States: call, text or chat), a support line clearly marked as not a crisis line, and the clinic's own
 * number. It is a labelled landmark that never hides itself; the compact variant folds the details behind a real
 * button, but the emergency and crisis numbers always stay in view.
 *
 * @summary Emergency, crisis and clinic contacts, always visible.
 *
 * Parts, slots, events and custom properties are documented on the class (custom-elements.json).
 */
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  accessRoutes,
  clinicContact,
  contactLine,
  emergencyLine,
  helpNowActions,
  hotlineDirectory,
  localLineItems,
} from '../core/contact-templates.js';
import { LINE_KINDS } from '../core/local-lines.js';
import { baseStyles } from '../core/styles.js';
import { heading as headingTemplate } from '../core/heading.js';
import { HavenElement } from '../core/haven-element.js';
import { bannerStyles } from './crisis-banner.styles.js';

export type BannerVariant = 'auto' | 'full' | 'compact';

/**
 * How to get help right now: the emergency number, the region's crisis line, a support line marked as not a crisis
 * line, and the clinic's number. A labelled landmark that never hides itself. Speaks `en` or `es` (see `lang`).
 *
 * @summary Emergency, crisis and clinic contacts, always visible.
 *
 * @csspart base - The landmark (`aside`).
 * @csspart heading - The heading.
 * @csspart emergency - The emergency block.
 * @csspart toggle - The compact variant's "More ways to get help" button.
 * @csspart tag - The "Support line" tag on a line that is not a crisis line.
 * @csspart access - The "Deaf, hard of hearing, or cannot talk out loud?" disclosure (`details`) with the region's
 *   ways to get help without a voice call.
 * @csspart access-summary - Its summary, the part a patient taps to open it.
 */
export class HavenCrisisBanner extends HavenElement {
  static override styles = [baseStyles, bannerStyles];

  /**
   * `auto` (default): every contact where the banner is wide, and on a phone (narrower than 40rem) the emergency and
   * crisis calls in one row with a button for the rest, decided by the banner's own width with a container query, so
   * there is no layout shift. `full` always shows every contact; `compact` always shows the one row.
   * @type {'auto' | 'full' | 'compact'}
   */
  @property() variant: BannerVariant = 'auto';

  @state() private expanded = false;

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  private get shape(): BannerVariant {
    return this.oneOf('variant', this.variant, ['auto', 'full', 'compact']);
  }

  private renderDetails(withEmergency: boolean) {
    const { contacts: c, strings: s, lang_: lang } = this;
    // The first crisis line, plus one that takes texts when it does not: someone who cannot talk out loud can
    // still reach help (the UK's Samaritans are by phone, Shout by text).
    const lines = c.region?.crisis ?? [];
    const crisis = lines[0];
    const texting = crisis && !crisis.text ? lines.find((line) => line.text) : undefined;
    const support = c.region?.support[0];
    return html`
      ${withEmergency
        ? html`<div class="emergency" part="emergency">
            <p>${s.emergencyLead}</p>
            <p>${emergencyLine(c, s, lang)}</p>
          </div>`
        : nothing}
      <p class="lead">${s.crisisLead}</p>
      <ul class="lines" role="list">
        ${crisis ? contactLine(crisis, c, s, lang) : nothing} ${texting ? contactLine(texting, c, s, lang) : nothing}
        ${support ? contactLine(support, c, s, lang, true) : nothing}
        <li class="line" part="line" data-line="clinic">${clinicContact(c, s, lang)}</li>
        ${localLineItems(c, s, lang, LINE_KINDS)}
        <li class="line" part="line" data-line="directory">
          ${c.region ? html`<p class="note">${s.findHelplineLead(c.region.outside[lang])}</p>` : nothing} ${hotlineDirectory(c, s)}
        </li>
      </ul>
      ${accessRoutes(c, s, lang)}
      <p class="reassure">${s.bannerReassure}</p>
    `;
  }

  private renderCompactSummary() {
    return helpNowActions(this.contacts, this.strings);
  }

  /** The one row: the emergency and crisis calls, and a real button for the rest. */
  private renderRow(heading: unknown) {
    return html`<div class="compact-row">
        ${heading} ${this.renderCompactSummary()}
        <button
          class="button toggle"
          part="toggle"
          type="button"
          aria-expanded=${this.expanded ? 'true' : 'false'}
          aria-controls="details"
          @click=${this.toggle}
        >
          ${this.strings.bannerMore}<span class="chevron" aria-hidden="true">▾</span>
        </button>
      </div>
      <div class="details ${this.expanded ? '' : 'collapsed'}" id="details">${this.renderDetails(false)}</div>`;
  }

  override render() {
    const heading = headingTemplate(this.level, 0, this.strings.bannerHeading, { id: 'heading', part: 'heading' });
    const shape = this.shape;
    // `auto` holds both layouts and shows one by the banner's own width (a container query in the styles); the other
    // is display: none, so it is neither seen nor read. The heading is shared, so the landmark's name is one heading.
    let content: unknown;
    if (shape === 'full') content = html`${heading}${this.renderDetails(true)}`;
    else if (shape === 'compact') content = this.renderRow(heading);
    else content = html`${heading}<div class="narrow">${this.renderRow(nothing)}</div><div class="wide">${this.renderDetails(true)}</div>`;
    return html`<aside
      class="banner ${shape}"
      part="base"
      aria-labelledby=${this.landmarkLabelledBy('heading')}
      aria-label=${this.landmarkAriaLabel()}
      lang=${this.lang_}
    >
      ${this.landmarkSuffix()}${content}
    </aside>`;
  }
}
