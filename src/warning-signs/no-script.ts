/**
 * What a pre-rendered <haven-warning-signs> (#16) shows when its script is blocked, stripped or fails: each tier's
 * next step, of which CSS alone (`:has`) shows those whose boxes are ticked, most urgent first, in place of "Nothing
 * is checked yet". Each step has its first action, why it matters and its second steps; what depends on the signs
 * (do not drive, stay with someone, a crisis line for a feelings sign) shows for the signs that need it. Nothing shows
 * before a box is ticked, so hydration has nothing to move.
 *
 * A box ticked before the script runs: the script hydrates the checklist with these answers still showing, and the
 * full answer (the signs behind it, the bar, Print my answers) replaces them with the patient's next change, or as soon
 * as "Your next step" is below the bottom of the screen, where nothing the patient can see moves. Once the element is
 * defined and holds no early ticks, the answers are hidden, and gone after its next render.
 *
 * Installed on the class by the server renderer (ssr/render.ts) and by haven-hydrate.min.js (ssr/prerendered-root.ts),
 * before the element is defined, so both render the same template and the other drop-in scripts do not carry it.
 */
import { css, html, nothing, unsafeCSS, type ReactiveController } from 'lit';
import { viewOf } from '../core/dom.js';
import { SIGNS, TIERS, type Sign, type Tier } from '../content/signs.js';
import { HavenWarningSigns } from './warning-signs.js';

const of = (group: Sign['group'], ...tiers: Tier[]) => SIGNS.filter((sign) => sign.group === group && tiers.includes(sign.tier));

/** What depends on the ticked signs, and the signs that show it (as in the full answer's renderPrimary/renderSecondary). */
const WHEN = {
  drive: of('body', 'emergency'),
  stay: of('feelings', 'emergency', 'crisis'),
  'feelings-urgent': of('feelings', 'emergency', 'crisis', 'today'),
  'feelings-today': of('feelings', 'today'),
};
type When = keyof typeof WHEN;
/** The same-day step has the nurse line for when the clinic cannot be reached (shown for a body sign); here for any. */
const TODAY = of('body', 'today');

// Sign ids are Haven's own (a-z and hyphens), never page input.
const shownWhen = Object.entries(WHEN)
  .map(([name, signs]) => `.checklist:has(${signs.map((sign) => `#sign-${sign.id}:checked`).join(', ')}) [data-when='${name}']`)
  .join(',\n');

const noScriptStyles = css`
  .key,
  [data-when],
  :host(:defined) .checklist:not(.early) .no-script {
    display: none;
  }

  .key {
    margin-block-start: 0.75rem;
  }

  /* The empty result, while the script has not run (once it has, a ticked box gives the result a tier). */
  .checklist:has(input:checked) .result[data-tier='none'] {
    display: none;
  }

  .checklist:has(input[data-tier='emergency']:checked) .key[data-tier='emergency'],
  .checklist:has(input[data-tier='crisis']:checked) .key[data-tier='crisis'],
  .checklist:has(input[data-tier='now']:checked) .key[data-tier='now'],
  .checklist:has(input[data-tier='today']:checked) .key[data-tier='today'],
  .checklist:has(input[data-tier='follow-up']:checked) .key[data-tier='follow-up'],
  .checklist:has(input[data-tier='expected']:checked) .key[data-tier='expected'],
  ${unsafeCSS(shownWhen)} {
    display: block;
  }
`;

const when = (name: When, content: unknown) => html`<div data-when=${name}>${content}</div>`;

/** Hydrated checklists still showing the answers for boxes ticked before the script (EarlyTicks). */
const early = new WeakSet<HavenWarningSigns>();

/** Rendered on the server, in the hydrating first render, and after it while early ticks keep them. */
const noScript: NonNullable<typeof HavenWarningSigns.noScript> = (el, t, step) =>
  !el.prerendered && !early.has(el)
    ? nothing
    : html`<div class="no-script" part="no-script">
        ${TIERS.map(
          (tier) => html`<div class="result key" data-tier=${tier}>
            <p class="summary"><strong class="tier-label">${t.tiers[tier].label}</strong> ${t.tiers[tier].summary}</p>
            ${step(tier, tier === 'today' ? TODAY : [])}
            ${tier === 'emergency'
              ? [when('drive', html`<p><strong>${t.noDriving}</strong></p>`), when('stay', html`<p><strong>${t.stayWithYou}</strong></p>`)]
              : nothing}
            <p>${t.tiers[tier].why}</p>
            ${step(tier, [], true)}
            ${tier === 'emergency'
              ? when('feelings-urgent', step(tier, WHEN['feelings-urgent'], true))
              : tier === 'now' || tier === 'today'
                ? when('feelings-today', step('now', WHEN['feelings-today'], true))
                : nothing}
          </div>`,
        )}
      </div>`;

/**
 * Boxes ticked before hydration: the answers above stay (the section gets `early`) until the state can take the boxes
 * over without moving what the patient sees. Hydration leaves the boxes as they are; the full answer is longer (and
 * brings the bar), so it moves what is below "Your next step". It comes with the patient's next change (a layout
 * change right after input is expected), or when "Your next step" is below the bottom of the screen.
 */
class EarlyTicks implements ReactiveController {
  private watch?: IntersectionObserver;
  private section?: Element | null;
  private started = false;

  constructor(private readonly host: HavenWarningSigns) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.started) return;
    this.started = true;
    const root = this.host.renderRoot;
    this.section = root.querySelector('.checklist');
    const heading = root.querySelector('#result-heading');
    if (!this.host.prerendered || !this.section || !heading || !root.querySelector('input:checked')) return;
    this.section.classList.add('early');
    early.add(this.host);
    this.host.addEventListener('haven-triage-change', () => this.done(false), { once: true });
    const view = viewOf(this.host.ownerDocument);
    if (!view || typeof view.IntersectionObserver !== 'function') return;
    // Below the element's own window, not the observer's root: in an iframe, that is the top page's screen.
    this.watch = new view.IntersectionObserver(([entry]) => {
      if (entry.boundingClientRect.top >= view.innerHeight) this.done(true);
    });
    this.watch.observe(heading);
  }

  hostDisconnected(): void {
    this.watch?.disconnect();
  }

  /** `take`: the state takes the boxes over here; otherwise the patient's change already did. */
  private done(take: boolean): void {
    this.watch?.disconnect();
    this.watch = undefined;
    if (!early.delete(this.host)) return;
    this.section!.classList.remove('early');
    if (take) (this.host as unknown as { takeTicks(): void }).takeTicks();
  }
}

/**
 * Gives a checklist class the answers and the hand-over of early ticks. Besides this module's own class, the embed
 * builder's renderer (demo/prerender.js) renders with the page's registered class, from haven.min.js, and installs
 * them there too (ssr/render.ts); their styles reach the page through haven.css.
 */
export function installNoScript(ctor: typeof HavenWarningSigns | undefined): void {
  if (!ctor || ctor.noScript) return;
  ctor.noScript = noScript;
  ctor.addInitializer((el) => new EarlyTicks(el as HavenWarningSigns));
}

HavenWarningSigns.styles = [...HavenWarningSigns.styles, noScriptStyles];
installNoScript(HavenWarningSigns);
