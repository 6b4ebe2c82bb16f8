/**
 * What a pre-rendered <haven-warning-signs> (#16) shows when its script is blocked, stripped or fails: each tier's
 * next step, of which CSS alone (`:has`) shows those whose boxes are ticked, most urgent first, in place of "Nothing
 * is checked yet". Nothing shows before a box is ticked, so hydration moves nothing, and it is hidden once the
 * element is defined.
 *
 * Installed on the class by the server renderer (ssr/render.ts) and by haven-hydrate.min.js (ssr/prerendered-root.ts),
 * before the element is defined, so both render the same template and the other drop-in scripts do not carry it.
 */
import { css, html } from 'lit';
import { TIERS } from '../content/signs.js';
import { HavenWarningSigns } from './warning-signs.js';

const noScriptStyles = css`
  .key,
  :host(:defined) .no-script {
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
  .checklist:has(input[data-tier='expected']:checked) .key[data-tier='expected'] {
    display: block;
  }
`;

const noScript: NonNullable<typeof HavenWarningSigns.noScript> = (t, primary) =>
  html`<div class="no-script" part="no-script">
    ${TIERS.map(
      (tier) => html`<div class="result key" data-tier=${tier}>
        <p class="summary"><strong class="tier-label">${t.tiers[tier].label}</strong> ${t.tiers[tier].summary}</p>
        ${primary(tier)}
        <p>${t.tiers[tier].why}</p>
      </div>`,
    )}
  </div>`;

/**
 * Gives a checklist class the answers. Besides this module's own class, the embed builder's renderer (demo/prerender.js)
 * renders with the page's registered class, from haven.min.js, and installs them there too (ssr/render.ts); their
 * styles reach the page through haven.css.
 */
export function installNoScript(ctor: typeof HavenWarningSigns | undefined): void {
  if (ctor && !ctor.noScript) ctor.noScript = noScript;
}

HavenWarningSigns.styles = [...HavenWarningSigns.styles, noScriptStyles];
installNoScript(HavenWarningSigns);
