/**
 * <haven-recovery-guide>: a gentle guide to recovering after pregnancy loss, in six sections (feelings, the body
 * and its warning signs, self-care, when to get more support, crisis help, and the clinic), and a seventh for
 * partners and family that a clinic can add with `sections`. It reads as one page
 * with a contents list, or one section at a time (`layout="steps"`). A clinic can replace any section with its own
 * words and add sections of its own; the contents list, the steps and printing treat them like the built-in ones.
 *
 * Warning signs come from the same data as <haven-warning-signs>, and every number from the same contact data as
 * <haven-crisis-banner>, so the three elements never disagree.
 *
 * @summary A recovery guide after miscarriage: contents, steps, print, and the clinic's own sections.
 *
 * Parts, slots, events and custom properties are documented on the class (custom-elements.json).
 */
import { accessRoutesFor } from '../content/access.js';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  GUIDE_INTRO,
  GUIDE_REVIEW_DUE,
  GUIDE_REVIEWED,
  GUIDE_STRINGS,
  DEFAULT_SECTIONS,
  SECTION_IDS,
  guideSection,
  sectionSources,
  warningSigns,
  type Block,
  type GuideSection,
  type GuideStrings,
  type ListItem,
  type SectionId,
} from '../content/guide.js';
import { signLabel } from '../content/signs.js';
import { SOURCES } from '../content/sources.js';
import {
  ACCESS_SERVICE,
  careNow,
  clinicContact,
  clinicOnPaper,
  contactLine,
  emergencyAction,
  emergencyLine,
  helpNowActions,
  hotlineDirectory,
  localLines,
} from '../core/contact-templates.js';
import { HavenElement } from '../core/haven-element.js';
import { heading } from '../core/heading.js';
import { printAlone } from '../core/print.js';
import { baseStyles } from '../core/styles.js';
import { guideStyles } from './recovery-guide.styles.js';

export type GuideLayout = 'page' | 'steps';

/** One entry of the contents list: a built-in section, a replaced one, or one of the clinic's extras. */
interface Entry {
  /** A section id, or `extra-0`, `extra-1`… */
  key: string;
  title: string;
  /** The clinic's element, when the section is theirs. */
  slotted?: Element;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';
/** Set on the clinic's extra sections that are not the current step (see the styles: screen only). */
const INACTIVE = 'data-haven-inactive';

function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The heading a contents entry focuses in the clinic's own element: its first heading, else the element. */
function slottedHeading(el: Element): HTMLElement {
  return (el.matches(HEADINGS) ? el : el.querySelector(HEADINGS) ?? el) as HTMLElement;
}

/** The clinic's `data-title`, else the text of its first heading. */
function slottedTitle(el: Element): string {
  return (el.getAttribute('data-title') ?? '').trim() || textOf(el.matches(HEADINGS) ? el : el.querySelector(HEADINGS));
}

/**
 * A gentle recovery guide in six sections, as one page with a contents list or one section at a time. A clinic can
 * replace any section with its own words and add its own; the contents, the steps and printing include them. Speaks
 * `en` or `es` (see `lang`).
 *
 * @summary A recovery guide after miscarriage: contents, steps, print, and the clinic's own sections.
 *
 * @slot section-emotions - Replaces the built-in section "The feelings you may have". Each replacement is titled by
 *   its `data-title`, else its first heading.
 * @slot section-physical - Replaces "How your body heals".
 * @slot section-wellbeing - Replaces "Caring for your feelings".
 * @slot section-support - Replaces "When to get more support".
 * @slot section-partners - Replaces "For partners and family" (shown only when `sections` names `partners`).
 * @slot section-crisis - Replaces "If you are in crisis".
 * @slot section-contact - Replaces "We are here for you".
 * @slot extra - Sections of the clinic's own, after the built-in ones: each child element is one section, titled by
 *   its `data-title` or its first heading.
 *
 * @csspart base - The labelled landmark (`section`) around the whole guide.
 * @csspart title - The guide's heading.
 * @csspart intro - The opening words.
 * @csspart print-button - The "Print this guide" button.
 * @csspart contents - The contents list (`nav`).
 * @csspart contents-link - One entry of the contents list (a `button`).
 * @csspart section - One built-in section.
 * @csspart section-heading - A built-in section's heading.
 * @csspart subheading - A heading inside a built-in section.
 * @csspart signs - A group of warning signs; also `signs-emergency`, `signs-now` or `signs-today`.
 * @csspart signs-emergency - The group "Get emergency care now".
 * @csspart signs-now - The group "Get care right away, at any hour".
 * @csspart signs-today - The group "Call your clinic today".
 * @csspart support-lines - The region's support lines (not crisis lines) in "When to get more support".
 * @csspart tag - The "Support line, not a crisis line" tag on each of them.
 * @csspart partner-lines - The lines that also talk with partners and family, in "For partners and family".
 * @csspart signs-heading - The heading of a group of warning signs.
 * @csspart crisis-now - The "right now" block of the crisis section.
 * @csspart access - The crisis section's ways to get help without a voice call (Deaf, hard of hearing, or cannot
 *   talk out loud).
 * @csspart clinic - The clinic's name and number in the closing section.
 * @csspart progress - "Section 2 of 6", in the steps layout.
 * @csspart step-nav - The Previous and Next buttons, in the steps layout.
 * @csspart previous - The Previous button.
 * @csspart next - The Next button.
 * @csspart sources - The Sources footer.
 */
export class HavenRecoveryGuide extends HavenElement {
  static override styles = [baseStyles, guideStyles];

  /**
   * `page` (default): every section, with a contents list. `steps`: one section at a time, with Previous and Next.
   * @type {'page' | 'steps'}
   */
  @property() layout: GuideLayout = 'page';

  /**
   * Which built-in sections to show, in order: space-separated ids. Default: all but `partners` (emotions physical
   * wellbeing support crisis contact). `partners`, written to the patient's partner and family, is shown only when
   * named here, as the guide speaks to the patient and should stay short (see DEFAULT_SECTIONS in guide.ts). As a
   * property it also takes an array of ids (`guide.sections = ['physical', 'crisis']`).
   * @type {string}
   */
  @property() sections: string | readonly string[] = '';

  /** Index of the current section in the steps layout. */
  @state() private step = 0;
  /** The clinic's replacement for each built-in section, from the `section-<id>` slots. */
  @state() private replaced: Partial<Record<SectionId, Element>> = Object.create(null);
  /** The clinic's extra sections, from the `extra` slot. */
  @state() private extras: readonly Element[] = [];

  private chosen: readonly SectionId[] = DEFAULT_SECTIONS;
  private steps = false;
  /** What this update shows: every entry in order, and in steps the key of the current one (from willUpdate). */
  private list: Entry[] = [];
  private current: string | undefined;
  private g: GuideStrings = GUIDE_STRINGS.en;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.g = GUIDE_STRINGS[this.lang_];
    // slotchange is not fired for content that was already there in every engine; read once up front.
    if (!this.hasUpdated) this.readSlotsNow();
    if (changed.has('sections')) this.chosen = this.parseSections();
    if (changed.has('layout')) this.steps = this.oneOf('layout', this.layout, ['page', 'steps']) === 'steps';
    this.list = this.entries();
    this.step = Math.max(0, Math.min(this.step, this.list.length - 1));
    this.current = this.steps ? this.list[this.step]?.key : undefined;
  }

  /** The ids in `sections`, in one pass over at most MAX_VALUE characters, however long or odd the value. */
  private parseSections(): readonly SectionId[] {
    let list: unknown = this.sections;
    try {
      if (Array.isArray(list) && list.every((id) => typeof id === 'string')) list = list.join(' ');
    } catch {
      // A revoked proxy, a getter that throws: ignored like any other value that is not text (with a warning).
      list = Symbol('unreadable');
    }
    const text = this.text('sections', list);
    const ids = new Set<string>(SECTION_IDS);
    const chosen = new Set<SectionId>();
    const unknown = new Set<string>();
    for (const word of text.split(/\s+/)) {
      if (ids.has(word)) chosen.add(word as SectionId);
      else if (word && unknown.size < 5) unknown.add(word.slice(0, 20));
    }
    if (unknown.size) {
      this.warnOnce(
        'sections',
        `sections names unknown sections (${[...unknown].join(', ')}); they are ignored. Known ids: ` +
          `${SECTION_IDS.join(' ')}.${chosen.size ? '' : ' Showing every section.'}`,
      );
    }
    return chosen.size ? [...chosen] : DEFAULT_SECTIONS;
  }

  /** What the contents list and the steps walk through, in order. */
  private entries(): Entry[] {
    const builtIn = this.chosen.map((id) => {
      const slotted = this.replaced[id];
      const title = (slotted && slottedTitle(slotted)) || guideSection(id)!.title[this.lang_];
      return { key: id, title, slotted };
    });
    const extras = this.extras.map((el, i) => ({ key: `extra-${i}`, title: slottedTitle(el) || this.g.untitled, slotted: el }));
    return [...builtIn, ...extras];
  }

  private readSlots = (): void => {
    try {
      this.readSlotsNow();
    } catch (error) {
      // Odd slotted markup must not take the guide down: it shows emergency help instead, like any failed update.
      this.fail(error);
    }
  };

  /**
   * The clinic's elements for each slot, read from the host's own children (what each slot is assigned: a child
   * with `slot="section-…"` or `slot="extra"`), so the first update can read them before the slots exist, with no
   * second update scheduled after it (Lit's "update after update completed"). A slotchange with the same elements
   * changes nothing.
   */
  private readSlotsNow(): void {
    const replaced: Partial<Record<SectionId, Element>> = Object.create(null);
    const extras: Element[] = [];
    // No children on a server (Lit SSR): the built-in sections are rendered, and the browser's slots show the clinic's.
    for (const child of Array.from(this.children ?? [])) {
      const name = child.getAttribute('slot') ?? '';
      if (name === 'extra') extras.push(child);
      const id = name.startsWith('section-') ? (name.slice(8) as SectionId) : undefined;
      if (id && SECTION_IDS.includes(id) && !replaced[id]) replaced[id] = child;
    }
    for (const old of this.extras) if (!extras.includes(old)) old.removeAttribute(INACTIVE);
    const same = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    if (!same(SECTION_IDS.map((id) => this.replaced[id]), SECTION_IDS.map((id) => replaced[id]))) this.replaced = replaced;
    if (!same(this.extras, extras)) this.extras = extras;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // One slot holds every extra section, so the steps layout hides the others on the clinic's elements.
    const { current } = this;
    this.extras.forEach((el, i) => el.toggleAttribute(INACTIVE, current !== undefined && current !== `extra-${i}`));
  }

  /** Shows an entry (in steps, makes it the current one), then moves focus to its heading and scrolls to it. */
  private async goTo(index: number): Promise<void> {
    const entries = this.entries();
    const entry = entries[index];
    if (!entry) return;
    if (this.steps) this.step = index;
    await this.updateComplete;
    let target: HTMLElement | null;
    if (entry.slotted) {
      target = slottedHeading(entry.slotted);
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      // Room above the clinic's heading, so its focus ring is not cut off at the top of the screen (CSSOM: allowed
      // under a strict CSP, unlike a style attribute).
      target.style.scrollMarginBlockStart = '1rem';
    } else {
      target = this.renderRoot.querySelector<HTMLElement>(`#${entry.key}-heading`);
    }
    if (!target) return;
    target.focus({ preventScroll: true });
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
  }

  private move(by: number): void {
    const next = this.step + by;
    if (next < 0 || next >= this.entries().length) return;
    void this.goTo(next);
  }

  /**
   * "Print this guide" prints this guide alone (core/print.ts), with the Sources footer opened for that print and
   * closed again after it. The page's own Ctrl+P is left as the page made it.
   */
  private print(): void {
    const sources = this.renderRoot.querySelector<HTMLDetailsElement>('footer details');
    const wasOpen = sources?.open ?? false;
    printAlone(
      this,
      () => {
        if (sources) sources.open = true;
      },
      () => {
        if (sources) sources.open = wasOpen;
      },
    );
  }

  private renderItem(item: ListItem) {
    const lang = this.lang_;
    return 'lead' in item ? html`<li><strong>${item.lead[lang]}</strong> ${item.text[lang]}</li>` : html`<li>${item[lang]}</li>`;
  }

  private renderBlock(block: Block) {
    const { contacts: c, strings: s, lang_: lang, level } = this;
    switch (block.kind) {
      case 'paragraph':
        return html`<p>${block.text[lang]}</p>`;
      case 'subheading':
        return heading(level, 2, block.text[lang], { part: 'subheading' });
      case 'list':
        return html`<ul class="list">${block.items.map((item) => this.renderItem(item))}</ul>`;
      case 'signs': {
        const unit = c.temperature;
        const then = {
          emergency: () => html`<p class="then">${emergencyLine(c, s, lang)}</p>`,
          now: () => html`<div class="then">${careNow(c, s, lang, 'plain')}</div>`,
          today: () => html`<div class="then clinic">${clinicContact(c, s, lang)}</div>`,
        }[block.tier];
        return html`<div class="signs ${block.tier}" part="signs signs-${block.tier}">
          ${heading(level, 3, block.title[lang], { part: 'signs-heading' })}
          <ul class="list">
            ${warningSigns(block.tier).map((sign) => html`<li data-sign=${sign.id}>${signLabel(sign, lang, unit)}</li>`)}
          </ul>
          ${then()}
        </div>`;
      }
      case 'emergency':
        return html`<p class="emergency-line">${emergencyAction(c, s)} ${block.text[lang]}</p>`;
      case 'crisis-lines':
        return c.region?.crisis.length
          ? html`<p>${block.text[lang]}</p>
              <ul class="lines" role="list">
                ${c.region.crisis.map((line) => contactLine(line, c, s, lang))}
              </ul>
              ${localLines(c, s, lang, ['mental-health'])}`
          : localLines(c, s, lang, ['mental-health']);
      case 'access': {
        const routes = accessRoutesFor(c.region?.code);
        return routes.length
          ? html`<div class="access-routes" part="access">
              <p>${block.text[lang]}</p>
              <ul class="lines" role="list">
                ${routes.map((route) => contactLine(route, c, s, lang, false, 'plain', ACCESS_SERVICE))}
              </ul>
            </div>`
          : nothing;
      }
      case 'hotline-directory':
        // A plain string keeps its trailing space through the build's template minifier.
        return html`<p>
          ${c.region ? `${s.outsideQuestion(c.region.outside[lang])} ${block.text[lang]} ` : nothing}${hotlineDirectory(c, s)}
        </p>`;
      case 'crisis-now':
        // The support section's help right now; the clinic's local support and mental health lines follow it, so
        // they come after the emergency number and the crisis line, never before.
        return html`<div class="crisis-now" part="crisis-now">
          <p><strong>${block.text[lang]}</strong></p>
          ${helpNowActions(c, s)}
        </div>
        ${localLines(c, s, lang, ['mental-health', 'support'])}`;
      case 'clinic':
        return html`<p>${block.text[lang]}</p>
          <div class="clinic" part="clinic">${clinicContact(c, s, lang, 'primary')}</div>
          ${localLines(c, s, lang, ['clinic'])}`;
      case 'support-lines':
        return c.region?.support.length
          ? html`<div class="support-lines" part="support-lines">
              <p>${block.text[lang]}</p>
              <ul class="lines" role="list">
                ${c.region.support.map((line) => contactLine(line, c, s, lang, true))}
              </ul>
            </div>`
          : nothing;
      case 'partner-lines': {
        // Support lines keep their "not a crisis line" tag here too; crisis lines and lines for partners alone do not.
        const region = c.region;
        return region?.partners.length
          ? html`<div class="support-lines" part="partner-lines">
              <p>${block.text[lang]}</p>
              <ul class="lines" role="list">
                ${region.partners.map((line) => contactLine(line, c, s, lang, region.support.includes(line)))}
              </ul>
            </div>`
          : nothing;
      }
      case 'go-to-hospital':
        return html`<p>${s.goToNearest(c.region?.hospital?.[lang] ?? s.emergencyRoom)}</p>`;
    }
  }

  private renderSection(section: GuideSection) {
    return html`<section class="section" part="section">
      ${heading(this.level, 1, section.title[this.lang_], { id: `${section.id}-heading`, part: 'section-heading', focusable: true })}
      ${section.blocks.map((block) => this.renderBlock(block))}
    </section>`;
  }

  private renderContents(entries: Entry[]) {
    const label = this.landmarkLabel;
    return html`<nav class="contents" part="contents" aria-label=${`${this.g.contents}${label ? `: ${label}` : ''}${this.landmarkSuffixText()}`}>
      <ol>
        ${entries.map(
          (entry, i) => html`<li>
            <button
              type="button"
              class="contents-link"
              part="contents-link"
              aria-current=${this.steps && i === this.step ? 'step' : nothing}
              @click=${() => this.goTo(i)}
            >
              ${entry.title}
            </button>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  private renderStepNav(count: number) {
    const first = this.step === 0;
    const last = this.step === count - 1;
    // aria-disabled rather than disabled: a disabled button drops the focus of whoever just pressed it.
    return html`<div class="step-nav" part="step-nav">
      <button type="button" class="button" part="previous" aria-disabled=${first ? 'true' : 'false'} @click=${() => this.move(-1)}
        ><span aria-hidden="true">←&nbsp;</span>${this.g.previous}</button
      >
      <button type="button" class="button" part="next" aria-disabled=${last ? 'true' : 'false'} @click=${() => this.move(1)}
        >${this.g.next}<span aria-hidden="true">&nbsp;→</span></button
      >
    </div>`;
  }

  private renderSources() {
    const shown = this.chosen.filter((id) => !this.replaced[id]).map((id) => guideSection(id)!);
    const ids = new Set(shown.flatMap((section) => sectionSources(section)));
    const listed = Object.keys(SOURCES).filter((id) => ids.has(id));
    const format = new Intl.DateTimeFormat(this.lang_, { dateStyle: 'long', timeZone: 'UTC' });
    const date = (iso: string) => html`<time datetime=${iso}>${format.format(new Date(`${iso}T00:00:00Z`))}</time>`;
    return html`<footer class="sources" part="sources">
      <details>
        <summary>${this.g.sources}</summary>
        ${listed.length
          ? html`<p>${this.g.sourcesLead}</p>
              <ul class="source-list">
                ${listed.map((id) => html`<li data-source=${id} lang=${this.lang_ === 'en' ? nothing : 'en'}>${SOURCES[id]}</li>`)}
              </ul>`
          : nothing}
        <p>${this.g.lastReviewed}: ${date(GUIDE_REVIEWED)}. ${this.g.reviewDue}: ${date(GUIDE_REVIEW_DUE)}.</p>
      </details>
    </footer>`;
  }

  override render() {
    const { list: entries, current } = this;
    const chosen = new Set<string>(this.chosen);
    // Every slot is always rendered (hidden when unused), so a clinic's section is never dropped by a re-render.
    const order = [...this.chosen, ...SECTION_IDS.filter((id) => !chosen.has(id))];
    return html`<section
      class="guide ${this.steps ? 'steps' : 'page'}"
      part="base"
      aria-labelledby=${this.landmarkLabelledBy('title')}
      aria-label=${this.landmarkAriaLabel()}
      lang=${this.lang_}
    >
      ${this.landmarkSuffix()}
      ${heading(this.level, 0, this.g.title, { id: 'title', part: 'title' })}
      <div class="intro" part="intro">${GUIDE_INTRO.map((p) => html`<p>${p[this.lang_]}</p>`)}</div>
      ${clinicOnPaper(this.contacts, this.strings)}
      <div class="tools">
        <button type="button" class="button print" part="print-button" @click=${this.print}>${this.g.print}</button>
      </div>
      ${this.renderContents(entries)}
      ${this.steps ? html`<p class="progress" part="progress">${this.g.progress(this.step + 1, entries.length)}</p>` : nothing}
      <div class="sections">
        ${repeat(
          order,
          (id) => id,
          (id) => {
            const used = chosen.has(id);
            const visible = used && (current === undefined || current === id);
            return html`<div class="step ${used ? '' : 'unused'}" data-section=${id} ?hidden=${!visible}>
              <slot name="section-${id}" @slotchange=${this.readSlots}>${this.renderSection(guideSection(id)!)}</slot>
            </div>`;
          },
        )}
        <div
          class="step extras"
          data-section="extra"
          ?hidden=${!this.extras.length || (current !== undefined && !current.startsWith('extra-'))}
        >
          <slot name="extra" @slotchange=${this.readSlots}></slot>
        </div>
      </div>
      ${this.steps ? this.renderStepNav(entries.length) : nothing} ${this.renderSources()}
    </section>`;
  }
}
