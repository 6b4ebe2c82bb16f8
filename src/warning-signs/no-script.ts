/**
 * What a pre-rendered <haven-warning-signs> (#16) shows when its script is blocked, stripped or fails: each tier's
 * next step, of which CSS alone (`:has`) shows those whose boxes are ticked, most urgent first, in place of "Nothing
 * is checked yet". Each step has its first action, why it matters and its second steps; what depends on the signs
 * (do not drive, stay with someone, a crisis line for a feelings sign) shows for the signs that need it. Nothing shows
 * before a box is ticked, so hydration has nothing to move.
 *
 * A box ticked before the script runs: the script hydrates the checklist with these answers still showing (EarlyTicks
 * below), and the full answer (the signs behind it, the bar, Print my answers) replaces them with the patient's next
 * change, or once "Your next step" is below the bottom of the screen, where nothing the patient can see moves. Once
 * the element is defined and holds no early ticks, the answers are hidden, and gone after its next render.
 *
 * Installed on the class by the server renderer (ssr/render.ts) and by haven-hydrate.min.js (ssr/prerendered-root.ts),
 * before the element is defined, so both render the same template and the other drop-in scripts do not carry it.
 */
import { css, html, nothing, unsafeCSS, type ReactiveController } from 'lit';
import { viewOf } from '../core/dom.js';
import { SIGNS, TIERS, type Sign, type Tier } from '../content/signs.js';
import { HavenWarningSigns } from './warning-signs.js';

const of = (group: Sign['group'], ...tiers: Tier[]) =>
  SIGNS.filter((sign) => sign.group === group && tiers.includes(sign.tier));

/**
 * What depends on the ticked signs (as in the full answer's renderPrimary/renderSecondary): the signs that show it,
 * and the tiers whose own answer, when showing too, already says it (so it is said once, in the most urgent). The
 * emergency answer has all the crisis answer has (the crisis line, someone to stay, the emergency number), so with
 * both ticked the crisis answer is not shown.
 */
const WHEN = {
  drive: [of('body', 'emergency'), []],
  stay: [of('feelings', 'emergency', 'crisis'), []],
  'feelings-urgent': [of('feelings', 'emergency', 'crisis', 'today'), []],
  'feelings-now': [of('feelings', 'today'), ['emergency', 'crisis']],
  'feelings-today': [of('feelings', 'today'), ['emergency', 'crisis', 'now']],
  'body-today': [of('body', 'today'), []],
} satisfies Record<string, [readonly Sign[], Tier[]]>;
type When = keyof typeof WHEN;

// Sign ids and tiers are Haven's own (a-z and hyphens), never page input.
const shownWhen = Object.entries(WHEN)
  .map(([name, [signs, unless]]) => {
    const ticked = unless.map((tier) => `input[data-tier='${tier}']:checked`).join(', ');
    const not = unless.length ? `:not(:has(${ticked}))` : '';
    return `.checklist:has(${signs.map((sign) => `#sign-${sign.id}:checked`).join(', ')})${not} [data-when='${name}']`;
  })
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

  /* A wrapped extra keeps the space below its last paragraph, which the result's last-child rule would take away. */
  .key [data-when]:not(:last-child) > :last-child {
    margin-block-end: 0.75em;
  }

  /* The empty result, while the script has not run (once it has, a ticked box gives the result a tier). */
  .checklist:has(input:checked) .result[data-tier='none'] {
    display: none;
  }

  /* While early ticks are held, its live region stays in the accessibility tree, empty and out of sight, so the
     hand-over is announced. */
  .checklist:has(input:checked).early .result[data-tier='none'] {
    display: block;
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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

  .checklist:has(input[data-tier='emergency']:checked) .key[data-tier='crisis'] {
    display: none;
  }
`;

const when = (name: When, content: unknown) => html`<div data-when=${name}>${content}</div>`;

/** Rendered on the server, in the hydrating first render, and after it while early ticks are held. */
const noScript: NonNullable<typeof HavenWarningSigns.noScript> = (el, t, step) =>
  !el.prerendered && !el.held
    ? nothing
    : html`<div class="no-script" part="no-script">
        ${TIERS.map(
          (tier) => html`<div class="result key" data-tier=${tier}>
            <p class="summary"><strong class="tier-label">${t.tiers[tier].label}</strong> ${t.tiers[tier].summary}</p>
            ${step(tier, [])}
            ${tier === 'emergency'
              ? [
                  when('drive', html`<p><strong>${t.noDriving}</strong></p>`),
                  when('stay', html`<p><strong>${t.stayWithYou}</strong></p>`),
                ]
              : tier === 'today'
                ? when('body-today', (el as unknown as { sameDay(): unknown }).sameDay())
                : nothing}
            <p>${t.tiers[tier].why}</p>
            ${tier === 'emergency'
              ? when('feelings-urgent', step(tier, WHEN['feelings-urgent'][0], true))
              : tier === 'now' || tier === 'today'
                ? when(tier === 'now' ? 'feelings-now' : 'feelings-today', step('now', WHEN['feelings-today'][0], true))
                : nothing}
            ${step(tier, [], true)}
          </div>`,
        )}
      </div>`;

/** ms the empty live region is in the accessibility tree before the full answer fills it. */
const WAIT = 300;

/** Drawn and visible: not `display: none`, `visibility: hidden` or transparent (where the browser can tell). */
const drawn = (el: Element) =>
  el.getClientRects().length > 0 &&
  (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true, opacityProperty: true }));

/** Whether any of the answers for the ticked boxes is drawn. */
const answersDrawn = (root: ParentNode) => [...root.querySelectorAll('.no-script .key')].some(drawn);

/**
 * Boxes ticked before hydration: the answers above stay (the section gets `early`, the element `held`) until the
 * state can take the boxes over without moving what the patient sees. Hydration leaves the boxes as they are; the full
 * answer is longer (and brings the bar), so it moves what is below "Your next step". It comes with the patient's next
 * change or Clear (a change right after input is expected; the element's own takeTicks ends the hold), or when "Your
 * next step" is below the bottom of the element's window, checked after each scroll and resize (watch). Where the
 * answers are not drawn there is nothing to keep: where the empty result shows instead (no `:has()`) the full answer
 * comes at once; where the page hides the part, now or while held, after the short wait that lets it be announced.
 * In those two cases the full answer can come in view and move what is below it, as it did before the hold.
 */
class EarlyTicks implements ReactiveController {
  private stop?: () => void;
  private started = false;
  constructor(private readonly host: HavenWarningSigns) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host } = this;
    if (this.started) {
      // The hand-over (takeTicks) has rendered the full answer: the answers go.
      if (!host.held) this.end();
      return;
    }
    this.started = true;
    const root = host.renderRoot;
    const section = root.querySelector('.checklist');
    if (!host.prerendered || !section || !root.querySelector('input:checked')) return;
    // No answer drawn and the empty result showing beside the ticked box (no `:has()` before Chrome 105 and Firefox
    // 121, or a theme that shows the result part): its live region is already in the accessibility tree, so the full
    // answer comes now, with no empty box first.
    const result = root.querySelector('.result');
    if (!answersDrawn(root) && result && drawn(result)) return this.takeTicks();
    section.classList.add('early');
    host.held = true;
    host.requestUpdate();
    this.watch();
  }

  hostConnected(): void {
    if (this.host.held) this.watch();
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /**
   * Hands over once "Your next step" is below the bottom of the element's own window (in an iframe, the frame's), or
   * at once where the answers are not drawn; in either case not before the empty live region has had WAIT ms in the
   * accessibility tree (a region that changes as it appears is not announced), and not while focus is in the answers
   * (it would fall to the page). Scrolls inside another component's shadow root are not seen: the patient's next change
   * hands over.
   */
  private watch(): void {
    this.stop?.();
    const view = viewOf(this.host.ownerDocument);
    if (!view) return;
    let frame = 0;
    let armed = false;
    let retry = 0;
    const root = this.host.renderRoot as ShadowRoot;
    const check = () => {
      frame = 0;
      if (!armed || !this.host.held) return;
      // Focus in the answers: looked at again in a while (focus events do not reach a window that is not focused).
      if (root.activeElement?.closest('.no-script')) {
        view.clearTimeout(retry);
        retry = view.setTimeout(soon, 500);
        return;
      }
      const heading = root.querySelector('#result-heading');
      // Where the answers are not drawn (the page hides them, now or since), nothing is kept: the full answer now.
      if (!answersDrawn(root) || (heading && heading.getBoundingClientRect().top >= view.innerHeight)) this.takeTicks();
    };
    const soon = () => {
      frame ||= view.requestAnimationFrame(check);
    };
    // Scroll events do not bubble: captured on the window, they come from the page and any scrolling box in it.
    const options = { capture: true, passive: true };
    const events = ['scroll', 'resize'];
    for (const type of events) view.addEventListener(type, soon, options);
    // The answers changing size: a stylesheet or media query that hides them (or shows them) while held.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(soon) : undefined;
    const answers = root.querySelector('.no-script');
    if (answers) resized?.observe(answers);
    const timer = view.setTimeout(() => {
      armed = true;
      soon();
    }, WAIT);
    this.stop = () => {
      for (const type of events) view.removeEventListener(type, soon, options);
      resized?.disconnect();
      view.cancelAnimationFrame(frame);
      view.clearTimeout(timer);
      view.clearTimeout(retry);
      this.stop = undefined;
    };
  }

  private takeTicks(): void {
    (this.host as unknown as { takeTicks(): void }).takeTicks();
  }

  private end(): void {
    this.stop?.();
    this.host.renderRoot.querySelector('.checklist')?.classList.remove('early');
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
