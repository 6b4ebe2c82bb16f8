/**
 * <haven-warning-signs>: a checklist of warning signs after a miscarriage that answers with one next step. The
 * patient checks what they notice; the result area names the most urgent tier in words ("Emergency:"), says which
 * checked signs led to it, and offers one primary action: the emergency number, a crisis line, care at any hour (the
 * clinic's after-hours line), the clinic's phone, the follow-up visit, or self-care for what is common. Contacts
 * come from the same data and templates as the banner.
 *
 * The checked signs are the element's own state (render() never reads the DOM): nothing is stored, nothing is sent
 * anywhere. The result area is always in the DOM, so screen readers announce each change politely.
 *
 * While the result is urgent (emergency, crisis or care now), a compact bar (after Clear, before the result)
 * sticks to the bottom of the screen as long as the checklist is in view: the tier in words, the same primary
 * action as the result, and a "What to do" button that moves focus to "Your next step". It is not a live region;
 * the result area announces.
 */
import { html, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';
import {
  adviceCall,
  callNumber,
  callOf,
  careNow,
  careNowAction,
  careNowCall,
  clinicCall,
  clinicContact,
  clinicOnPaper,
  contactLine,
  crisisCall,
  crisisCallAction,
  emergencyAction,
  emergencyLine,
  emergencyWords,
  hotlineDirectory,
  localLines,
} from '../core/contact-templates.js';
import { viewOf } from '../core/dom.js';
import { heading } from '../core/heading.js';
import { clock } from '../core/hours.js';
import type { LineKind } from '../core/local-lines.js';
import { phoneLabel } from '../core/phone.js';
import { printAlone } from '../core/print.js';
import { HavenElement } from '../core/haven-element.js';
import { baseStyles } from '../core/styles.js';
import { SIGNS, signLabel, triageTier, type Sign, type SignGroup, type Tier } from '../content/signs.js';
import { triageFor, type TriageStrings } from '../content/triage.js';
import { warningSignsStyles } from './warning-signs.styles.js';

export interface TriageChangeDetail {
  /** The most urgent tier among the checked signs, or `null` when none is checked. */
  tier: Tier | null;
  /** Ids of the checked signs, in list order. */
  signs: string[];
}

const GROUPS: readonly SignGroup[] = ['body', 'feelings'];
/** Tiers whose result gets the sticky next-step bar. */
const URGENT: readonly Tier[] = ['emergency', 'crisis', 'now'];

/**
 * A checklist of warning signs after a miscarriage that answers with one next step: the most urgent tier in words,
 * the checked signs that led to it, and one primary action. Nothing is stored or sent. Speaks `en` or `es` (see
 * `lang`).
 *
 * @summary Warning-sign checklist with one calm next step.
 *
 * @fires {CustomEvent<TriageChangeDetail>} haven-triage-change - The patient checked or unchecked a sign, or pressed
 *   Clear. Bubbles and is composed. `detail` is `{ tier, signs }`: the most urgent tier (`emergency`, `crisis`,
 *   `now`, `today`, `follow-up`, `expected`, or `null` when nothing is checked) and the checked sign ids in list
 *   order. Never fired for attribute or property changes.
 *
 * @csspart base - The landmark (`section`).
 * @csspart heading - The top heading.
 * @csspart note - The note that the checklist does not replace medical advice.
 * @csspart group - Each group of signs (`fieldset`).
 * @csspart legend - Each group's name ("Your body", "Your feelings").
 * @csspart sign - One sign: its checkbox and label.
 * @csspart checkbox - Every checkbox.
 * @csspart label - Every checkbox label.
 * @csspart clear - The Clear button.
 * @csspart next-bar - The bar that stays at the bottom of the screen while the checklist is in view, once a sign is
 *   checked: the tier in words, its one action and a way to the result (urgent colours for emergency, crisis and
 *   care now; calm for the others). It carries `data-tier`.
 * @csspart next-bar-jump - Its "What to do" button, which moves focus to "Your next step".
 * @csspart result-heading - The "Your next step" heading.
 * @csspart result - The result area; it carries `data-tier` (a tier, or `none`).
 * @csspart summary - The result's first line, the one live region (`role="status"`): the tier in words and its
 *   summary; to screen readers also its one action, in at most about 25 words.
 * @csspart tier-label - The tier in words, e.g. "Emergency:".
 * @csspart no-script - Pre-rendered HTML only (haven-render): each tier's next step, shown by CSS for the ticked
 *   boxes while the script has not run, and hidden once it has (a box ticked before then keeps it until the full
 *   answer can come without moving what is in view).
 * @csspart print-button - The "Print my answers" button, shown once a sign is checked.
 * @csspart print-sheet - The one page "Print my answers" prints (in the DOM only while printing): the date, the
 *   checked signs, the next step with its numbers written out, and the clinic's name and numbers.
 */
export class HavenWarningSigns extends HavenElement {
  static override styles: CSSResultGroup[] = [baseStyles, warningSignsStyles];

  /**
   * @internal Each tier's next step for a pre-rendered checklist whose script never runs (warning-signs/no-script.ts).
   * Installed only by the server renderer and haven-hydrate.min.js, so the other scripts do not carry it.
   */
  static noScript?: (
    el: HavenWarningSigns,
    t: TriageStrings,
    step: (tier: Tier, signs: readonly Sign[], secondary?: boolean) => unknown,
  ) => unknown;

  /** Ids of the checked signs. Replaced, never mutated, so each change is a new update. */
  @state() private checked: ReadonlySet<string> = new Set();
  /** True from "Print my answers" until printing ends: the print sheet is rendered only then. */
  @state() private printing = false;
  /**
   * @internal True while a hydrated checklist still shows the answers for boxes ticked before its script ran
   * (no-script.ts): the state has not taken the boxes over, the result's live region stays empty (and in the
   * accessibility tree), and no open/closed status is shown, so the render is the server's until the hand-over.
   */
  held = false;

  private get triage(): TriageStrings {
    return triageFor(this.lang_);
  }

  /** The checked signs, in list order. */
  private checkedSigns(): Sign[] {
    return SIGNS.filter((sign) => this.checked.has(sign.id));
  }

  private announce(): void {
    const signs = this.checkedSigns();
    const detail: TriageChangeDetail = { tier: triageTier(signs) ?? null, signs: signs.map((sign) => sign.id) };
    this.dispatchEvent(new CustomEvent('haven-triage-change', { detail, bubbles: true, composed: true }));
  }

  /**
   * The state takes over the ticked boxes. The boxes keep their own state (render() never reads them), and a
   * pre-rendered checklist's boxes can be ticked before the script runs: those are taken over with the patient's next
   * change, or earlier where that moves nothing in view (warning-signs/no-script.ts).
   */
  protected takeTicks(): void {
    this.held = false;
    const ids = [...this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value);
    this.checked = new Set(ids.filter((id) => SIGNS.some((sign) => sign.id === id)));
  }

  private onChange(event: Event): void {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !SIGNS.some((sign) => sign.id === box.value)) return;
    this.takeTicks();
    this.announce();
  }

  private clear(): void {
    // The boxes carry the `checked` attribute, not a property binding (Lit's server renderer writes checked="false"
    // for a false property, which ticks the box): a box the patient ticked keeps its own state until unticked here.
    for (const box of this.renderRoot.querySelectorAll<HTMLInputElement>('input:checked')) box.checked = false;
    this.takeTicks();
    this.announce();
    // The button stays where it is, but a patient who cleared the list most likely wants to start again.
    this.renderRoot.querySelector<HTMLInputElement>('input[type="checkbox"]')?.focus();
  }

  /** "What to do" in the bar: the result heading to the top of the screen, and focus on it. */
  private toResult(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('#result-heading');
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  /**
   * WCAG 2.4.11: the bar at the bottom of the screen must never hide the checkbox (or Clear) that has focus. Its
   * measured height, not a guess in em, sets how far above the bottom edge a focused row is scrolled, and a bar
   * taller than a quarter of the screen (large text, 400 % zoom) stops being sticky rather than cover the list.
   */
  private barObserver?: ResizeObserver;

  private watchBar(): void {
    const section = this.renderRoot.querySelector<HTMLElement>('section.checklist');
    const bar = this.renderRoot.querySelector<HTMLElement>('.next-bar');
    if (!section) return;
    if (!bar) {
      section.style.removeProperty('--_bar');
      return;
    }
    const view = viewOf(this.ownerDocument);
    if (!this.barObserver && view && typeof view.ResizeObserver === 'function') {
      this.barObserver = new view.ResizeObserver(() => this.fitBar());
    }
    this.barObserver?.observe(bar);
    this.barObserver?.observe(this);
    this.fitBar();
  }

  private fitBar(): void {
    const section = this.renderRoot.querySelector<HTMLElement>('section.checklist');
    const bar = this.renderRoot.querySelector<HTMLElement>('.next-bar');
    if (!section || !bar) return;
    const height = bar.getBoundingClientRect().height;
    const screen = viewOf(this.ownerDocument)?.innerHeight ?? Infinity;
    const tooTall = height > screen / 4;
    bar.toggleAttribute('data-static', tooTall);
    // CSSOM, not a style attribute: allowed by a strict Content-Security-Policy.
    section.style.setProperty('--_bar', `${tooTall ? 0 : Math.ceil(height)}px`);
  }

  /**
   * A focused checkbox's whole row is brought into view, not just the box: its label may wrap to several lines, and
   * with the bar showing, the row's scroll margin keeps it clear of the bar.
   */
  private keepRowInView(event: FocusEvent): void {
    const row = (event.target as Element | null)?.closest?.('.sign');
    if (row && this.renderRoot.querySelector('.next-bar')) row.scrollIntoView({ block: 'nearest' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.held) this.contacts.now = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.watchBar();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.barObserver?.disconnect();
    this.barObserver = undefined;
  }

  /**
   * "Print my answers": one page to take to an appointment, printed alone (core/print.ts, shared with the guide's
   * "Print this guide"). The sheet exists only from the click until `afterprint`, so the page's own Ctrl+P never
   * shows it. Nothing is stored or sent.
   */
  private printAnswers(): void {
    printAlone(
      this,
      () => {
        this.printing = true;
        return this.updateComplete;
      },
      () => {
        this.printing = false;
      },
    );
  }

  /** The next step as words on paper, every number written out: a link does not print its number. */
  private nextOnPaper(tier: Tier, checked: readonly Sign[]): string[] {
    const { contacts: c, strings: s, triage: t, lang_: lang } = this;
    const crisis = () => {
      const line = c.region?.crisis[0];
      const call = crisisCall(c, s);
      return line && call ? `${line.name[lang]}: ${call.label}` : s.findHelpline;
    };
    const lines = [`${t.tiers[tier].label} ${t.tiers[tier].summary}`];
    if (tier === 'emergency') lines.push(emergencyWords(c, s, lang));
    if (tier === 'crisis') lines.push(crisis(), `${t.unsafeLead} ${emergencyWords(c, s, lang)}`);
    if (tier === 'now') {
      const call = careNowCall(c, s);
      const advice = c.region?.advice;
      if (call) lines.push(call.service === 'after-hours' ? `${s.afterHours} ${call.label}` : `${advice?.name[lang]}: ${call.label}`);
      lines.push(emergencyWords(c, s, lang));
    }
    // The clinic's local lines the result shows, with their numbers written out (the crisis line always comes first).
    const local = (kind: LineKind) =>
      c.local.filter((line) => line.kind === kind && line.phone).map((line) => `${line.name}: ${s.call(phoneLabel(line.phone!))}`);
    if (tier === 'today') {
      lines.push(clinicCall(c, s)?.label ?? t.todayNoPhone, ...local('clinic'));
      if (checked.some((sign) => sign.group === 'body' && sign.tier === 'today')) {
        const nurse = adviceCall(c, s);
        lines.push(`${t.todayUnreachable} ${nurse ? `${c.region!.advice!.name[lang]}: ${nurse.label}` : t.todayElsewhere}`);
      }
      lines.push(`${t.worseLead} ${emergencyWords(c, s, lang)}`);
    }
    if (tier === 'crisis') lines.push(...local('mental-health'));
    if (tier === 'follow-up' || tier === 'expected') lines.push(...local('support'));
    if (tier === 'expected') lines.push(t.expectedWorse);
    // As on screen, a more urgent tier never hides the crisis line a feelings sign needs.
    if (tier !== 'crisis' && checked.some((sign) => sign.group === 'feelings' && sign.tier !== 'expected')) lines.push(crisis());
    return lines;
  }

  private renderPrintSheet(tier: Tier, checked: readonly Sign[]) {
    const { contacts: c, strings: s, lang_: lang } = this;
    const p = this.triage.print;
    const today = clock();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    return html`<div class="print-sheet" part="print-sheet">
      ${heading(this.level, 1, p.title)}
      <p>${p.date} <time datetime=${iso}>${new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(today)}</time></p>
      <p><strong>${p.checked}</strong></p>
      <ul>
        ${checked.map(
          (sign) => html`<li>${signLabel(sign, lang, c.temperature)}${sign.care ? html`<br />${sign.care[lang]}` : nothing}</li>`,
        )}
      </ul>
      <p><strong>${p.next}</strong></p>
      ${this.nextOnPaper(tier, checked).map((line) => html`<p>${line}</p>`)} ${clinicOnPaper(c, s)}
    </div>`;
  }

  private renderGroup(group: SignGroup) {
    const t = this.triage;
    const signs = SIGNS.filter((sign) => sign.group === group);
    return html`<fieldset class="group" part="group">
      <legend part="legend">${t.groups[group]}</legend>
      <ul class="signs" role="list">
        ${signs.map(
          (sign) => html`<li class="sign" part="sign">
            <input
              type="checkbox"
              part="checkbox"
              id=${`sign-${sign.id}`}
              name="sign"
              value=${sign.id}
              data-tier=${sign.tier}
              ?checked=${this.checked.has(sign.id)}
            />
            <label part="label" for=${`sign-${sign.id}`}>${signLabel(sign, this.lang_, this.contacts.temperature)}</label>
          </li>`,
        )}
      </ul>
    </fieldset>`;
  }

  /** The region's crisis lines, the first one's call as the primary action; the directory where Haven has none. */
  private crisisLines(primary: boolean) {
    const { contacts: c, strings: s, lang_: lang } = this;
    const lines = c.region?.crisis ?? [];
    if (!lines.length) return html`<p class="lead">${s.crisisLead}</p><p>${hotlineDirectory(c, s)}</p>`;
    const [first, ...rest] = lines;
    return html`<p class="lead">${s.crisisLead}</p>
      <ul class="lines" role="list">
        ${contactLine(first, c, s, lang, false, primary ? 'urgent' : 'plain')} ${rest.map((line) => contactLine(line, c, s, lang))}
      </ul>`;
  }

  /**
   * The next-step bar, for every result: the tier in words, the one primary action where there is one, and a way to
   * the full result. It stays at the bottom of the screen while the checklist is in view, so the next step is always
   * near the box just ticked; urgent tiers in the urgent colours, the others calm. Not a live region: the summary in
   * the result announces the change.
   */
  private renderBar(tier: Tier | undefined) {
    if (!tier) return nothing;
    const { contacts: c, strings: s, triage: t } = this;
    let action: unknown = nothing;
    if (tier === 'emergency') action = emergencyAction(c, s);
    else if (tier === 'crisis') action = crisisCallAction(c, s, 'urgent');
    else if (tier === 'now') action = careNowAction(c, s, 'urgent');
    else if (tier === 'today') action = clinicCall(c, s) ? callOf(clinicCall(c, s)!, 'primary') : nothing;
    return html`<div class="next-bar ${URGENT.includes(tier) ? 'urgent' : 'calm'}" part="next-bar" data-tier=${tier}>
      <strong class="bar-label">${t.tiers[tier].label}</strong>
      ${action === nothing ? nothing : html`<span class="bar-action">${action}</span>`}
      <button class="button jump" part="next-bar-jump" type="button" @click=${this.toResult}>${t.whatToDo}</button>
    </div>`;
  }

  /**
   * What the result's live region says when the tier changes: the tier in words and the one primary action, in at
   * most about 25 words (a full result can run to hundreds). The full result follows as ordinary content. A change
   * that keeps the tier and its action says nothing new, so nothing is announced again.
   */
  private announcement(tier: Tier): string {
    const { contacts: c, strings: s, triage: t, lang_: lang } = this;
    const text = t.tiers[tier];
    const words: Partial<Record<Tier, () => string>> = {
      emergency: () => emergencyWords(c, s, lang),
      crisis: () => crisisCall(c, s)?.label ?? s.findHelpline,
      now: () => careNowCall(c, s)?.label ?? emergencyWords(c, s, lang),
      today: () => clinicCall(c, s)?.label ?? t.todayNoPhone,
    };
    return [text.label, text.summary, words[tier]?.()].filter(Boolean).join(' ');
  }

  /**
   * What to do the same day when the clinic cannot be reached: the region's nurse line, else another doctor. (Not
   * urgent care: it rarely has the anti-D shot or can follow up a pregnancy test.)
   */
  protected sameDay() {
    const { contacts: c, strings: s, triage: t, lang_: lang } = this;
    const advice = c.region?.advice;
    if (!advice) return html`<p>${t.todayUnreachable} ${t.todayElsewhere}</p>`;
    return html`<p class="lead">${t.todayUnreachable}</p>
      <ul class="lines" role="list">
        ${contactLine(advice, c, s, lang)}
      </ul>`;
  }

  /**
   * The clinic's name and number as the primary action, or words where there is no number. `closed` is what follows a
   * closed clinic's "Closed now:" and hours (clinicContact's own default unless given).
   */
  private clinicNow(style: 'primary' | 'plain' = 'primary', closed?: unknown) {
    const { contacts: c, strings: s, triage: t, lang_: lang } = this;
    return c.clinicPhone || c.clinicPhoneText
      ? html`<div class="primary clinic">${clinicContact(c, s, lang, style, closed)}</div>`
      : html`<p class="primary">${t.todayNoPhone}</p>`;
  }

  /** The one primary action, right under the tier's summary so it is the first thing to tap. */
  private renderPrimary(tier: Tier, checked: readonly Sign[]) {
    const { contacts: c, strings: s, triage: t, lang_: lang } = this;
    switch (tier) {
      case 'emergency':
        return html`<p class="primary">${emergencyLine(c, s, lang)}</p>
          ${checked.some((sign) => sign.group === 'body' && sign.tier === 'emergency') ? html`<p><strong>${t.noDriving}</strong></p>` : nothing}
          ${checked.some((sign) => sign.group === 'feelings' && (sign.tier === 'emergency' || sign.tier === 'crisis'))
            ? html`<p><strong>${t.stayWithYou}</strong></p>`
            : nothing}`;
      case 'crisis':
        return this.crisisLines(true);
      case 'now':
        return careNow(c, s, lang);
      case 'today':
        // A feelings sign gets the crisis line as its way out (renderSecondary); a body sign gets a nurse line. A
        // closed clinic adds nothing of its own here: the same-day step and "If things get worse" follow. The
        // clinic's own same-day services (an early pregnancy unit) come right after its number.
        return html`${this.clinicNow('primary', nothing)} ${localLines(c, s, lang, ['clinic'])}
          ${checked.some((sign) => sign.group === 'body' && sign.tier === 'today') ? this.sameDay() : nothing}`;
      default:
        // Follow-up and common results: the summary is the step; there is nothing to call.
        return nothing;
    }
  }

  /** Which checked signs led to the tier, and why it matters. Signs with a note (self-care, a time limit) show it. */
  private renderWhy(tier: Tier, led: readonly Sign[]) {
    const t = this.triage;
    const text = t.tiers[tier];
    const item = (sign: Sign) => {
      const name = signLabel(sign, this.lang_, this.contacts.temperature);
      return sign.care
        ? html`<li><strong>${name}</strong> <span class="care-note">${sign.care[this.lang_]}</span></li>`
        : html`<li>${name}</li>`;
    };
    // Why first: it speaks to the tier, so it reads right above a list that may mix signs of several tiers.
    return html`<p>${text.why}</p>
      ${tier === 'expected' ? nothing : html`<p class="because">${t.because}</p>`}
      <ul class="why care">
        ${led.map(item)}
      </ul>`;
  }

  /**
   * Plain secondary links and safety-netting after the reasons. A more urgent tier never hides help that a less
   * urgent sign also needs: thoughts of self-harm keep a crisis line under a physical emergency, a sign that needs
   * care at any hour keeps its route under a crisis, and a feelings sign that can wait a day still gets a crisis
   * line in case it gets heavier.
   */
  private renderSecondary(tier: Tier, checked: readonly Sign[]) {
    const { contacts: c, strings: s, triage: t, lang_: lang } = this;
    const has = (group: Sign['group'], ...tiers: Tier[]) =>
      checked.some((sign) => sign.group === group && tiers.includes(sign.tier));
    switch (tier) {
      case 'emergency':
        return has('feelings', 'emergency', 'crisis', 'today') ? html`${this.crisisLines(false)} ${localLines(c, s, lang, ['mental-health'])}` : nothing;
      case 'crisis':
        // The clinic's perinatal mental health team, if it gave one, only after the crisis line and the emergency number.
        return html`<p>${t.unsafeLead} ${emergencyLine(c, s, lang, 'plain')}</p>
          <p><strong>${t.stayWithYou}</strong></p>
          ${localLines(c, s, lang, ['mental-health'])}
          ${has('body', 'now')
            ? html`<div class="also">
                <p><strong>${t.nowAlso}</strong></p>
                ${careNow(c, s, lang, 'plain')}
              </div>`
            : has('body', 'today')
              ? html`<div class="also">
                  <p><strong>${t.todayAlso}</strong></p>
                  ${this.clinicNow('plain')}
                </div>`
              : nothing}`;
      case 'now':
      case 'today':
        return html`${has('feelings', 'today')
          ? html`<p class="lead">${t.feelingsLead}</p>
              <p>${crisisCallAction(c, s)}</p>
              ${localLines(c, s, lang, ['mental-health'])}`
          : nothing}
        ${tier === 'today' ? html`<p>${t.worseLead} ${emergencyLine(c, s, lang, 'plain')}</p>` : nothing}`;
      case 'follow-up':
        return html`${c.clinicPhone ? html`<p>${t.followUpCall} ${callNumber(c.clinicPhone, s, 'clinic')}</p>` : nothing}
        ${localLines(c, s, lang, ['support'])}`;
      case 'expected':
        return html`<p>${t.expectedWorse}</p>
          ${localLines(c, s, lang, ['support'])}`;
    }
  }

  private renderResult(checked: readonly Sign[], tier: Tier | undefined) {
    const t = this.triage;
    const text = tier && t.tiers[tier];
    // The live region is one element for the element's whole life (a region created along with its content is not
    // announced). It holds only the summary; what it says beyond the visible words (the action) is on the button
    // right below, so it is visually hidden rather than shown twice.
    const summary = html`<p class="summary ${text ? '' : 'empty'}" part="summary" role="status">
      ${text
        ? html`<strong class="tier-label" part="tier-label">${text.label}</strong> ${text.summary}<span class="visually-hidden"
              >${this.announcement(tier!).slice(`${text.label} ${text.summary}`.length)}</span
            >`
        : this.held
          ? ''
          : t.empty}
    </p>`;
    // Common signs explain a common result only; any sign that needs action is always listed, so a more urgent
    // sign never hides another one the patient checked.
    const led = checked.filter((sign) => (tier === 'expected' ? true : sign.tier !== 'expected'));
    // One template whatever the tier, so Lit keeps the same live-region element and only changes its text.
    return html`${summary}
    ${tier
      ? html`${this.renderPrimary(tier, checked)} ${this.renderWhy(tier, led)} ${this.renderSecondary(tier, checked)}`
      : nothing}`;
  }

  /** The answers for a pre-rendered page whose script never runs, where they are installed (no-script.ts). */
  private noScript() {
    const install = (this.constructor as typeof HavenWarningSigns).noScript;
    return install
      ? install(this, this.triage, (tier, signs, secondary) => (secondary ? this.renderSecondary(tier, signs) : this.renderPrimary(tier, signs)))
      : nothing;
  }

  override render() {
    const t = this.triage;
    const checked = this.checkedSigns();
    const tier = triageTier(checked);
    return html`<section
      class="checklist"
      part="base"
      aria-labelledby=${this.landmarkLabelledBy('heading')}
      aria-label=${this.landmarkAriaLabel()}
      lang=${this.lang_}
    >
      ${this.landmarkSuffix()}
      ${heading(this.level, 0, t.heading, { id: 'heading', part: 'heading' })}
      <p class="intro">${t.intro}</p>
      <p class="advice" part="note">${t.note}</p>
      <div class="groups" @change=${this.onChange} @focusin=${this.keepRowInView}>
        ${GROUPS.map((group) => this.renderGroup(group))}
      </div>
      <button class="button clear" part="clear" type="button" @click=${this.clear}>${t.clear}</button>
      ${this.renderBar(tier)}
      ${heading(this.level, 1, t.resultHeading, { id: 'result-heading', part: 'result-heading', focusable: true })}
      <div class="result" part="result" data-tier=${tier ?? 'none'}>${this.renderResult(checked, tier)}</div>
      ${tier
        ? html`<div class="print-tools">
            <button class="button" part="print-button" type="button" aria-describedby="print-note" @click=${this.printAnswers}>
              ${t.print.button}
            </button>
            <p class="note" id="print-note">${t.print.note}</p>
          </div>`
        : nothing}
      ${tier && this.printing ? this.renderPrintSheet(tier, checked) : nothing}
      ${this.noScript()}
    </section>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'haven-triage-change': CustomEvent<TriageChangeDetail>;
  }
}
