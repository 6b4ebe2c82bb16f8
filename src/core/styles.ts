/**
 * Styles every Haven element shares: the theme tokens, type that inherits the host page's font, links and
 * contact actions sized for thumbs, a visible focus ring, and fallbacks for forced colours and reduced motion.
 *
 * Theme tokens (documented in the README): --haven-accent, --haven-surface, --haven-text, --haven-border,
 * --haven-urgent, --haven-urgent-surface, --haven-on-urgent, --haven-focus, --haven-radius.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
    --_accent: var(--haven-accent, #0b5d66);
    --_surface: var(--haven-surface, #ffffff);
    --_text: var(--haven-text, #1f2933);
    --_border: var(--haven-border, #b8c4ce);
    --_urgent: var(--haven-urgent, #a4161a);
    --_urgent-surface: var(--haven-urgent-surface, #fdf0f0);
    --_on-urgent: var(--haven-on-urgent, #ffffff);
    --_focus: var(--haven-focus, #1d4ed8);
    --_radius: var(--haven-radius, 0.5rem);
    color: var(--_text);
    font-family: inherit;
    font-size: inherit;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }

  /*
   * A clinic theme below AA contrast gives way to these (HavenElement.checkTheme; keep equal to theme-guard.ts
   * PALETTE). !important inside the shadow tree also beats a page's ::part() rules, even !important ones, so a
   * "::part(call) { color: transparent }" cannot hide a number either.
   */
  [data-safe-colours] {
    --_accent: #0b5d66 !important;
    --_surface: #ffffff !important;
    --_text: #1f2933 !important;
    --_border: #b8c4ce !important;
    --_urgent: #a4161a !important;
    --_urgent-surface: #fdf0f0 !important;
    --_on-urgent: #ffffff !important;
    --_focus: #1d4ed8 !important;
    color: var(--_text) !important;
    background-color: var(--_surface) !important;
  }

  [data-safe-colours] :where([part]:not(a, button), [data-haven-part]:not(a, button)) {
    color: inherit !important;
  }

  [data-safe-colours] :where(a, button, .action, .button) {
    color: var(--_accent) !important;
    background-color: var(--_surface) !important;
    border-color: var(--_accent) !important;
    opacity: 1 !important;
  }

  [data-safe-colours] :where(.action.primary) {
    color: var(--_surface) !important;
    background-color: var(--_accent) !important;
  }

  [data-safe-colours] :where(.action.urgent) {
    color: var(--_on-urgent) !important;
    background-color: var(--_urgent) !important;
    border-color: var(--_urgent) !important;
  }

  :host([hidden]) {
    display: none;
  }

  /*
   * The page's own rules beat :host (a host stylesheet with "* { all: unset }" or !important colours reaches the
   * host element itself), so the wrapper sets what readability depends on: its own colours, a block box, and a
   * floor under the inherited font size.
   */
  :is([part~='base'], [data-haven-part~='base']) {
    display: block;
    color: var(--_text);
    background: var(--_surface);
    font-size: max(1em, 14px);
    /*
     * The host page's inherited layout of text (a centred or indented column, capitals, nowrap) stays outside. Set
     * here, inside the shadow tree, because a page rule on the host itself (even "all: unset !important") wins over
     * :host; letter and word spacing are left to the reader's own text-spacing settings.
     */
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    font-style: normal;
    font-weight: 400;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2,
  h3,
  h4,
  h5,
  h6,
  .heading-deep {
    margin-block: 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
  }

  p,
  ul,
  ol {
    margin-block: 0 0.75em;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  [tabindex='-1']:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }

  /* A heading that receives focus (contents, Previous and Next) keeps room above it for its focus ring. */
  [tabindex='-1'] {
    scroll-margin-block-start: 1rem;
  }

  /* Contact actions: big enough to tap with a shaking hand (WCAG 2.5.8 asks for 24px; these are 44px). */
  .action {
    display: inline-flex;
    align-items: center;
    min-block-size: 2.75rem;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
  }

  .action:hover {
    text-decoration: underline;
  }

  .action.primary {
    background: var(--_accent);
    color: var(--_surface);
  }

  .action.urgent {
    border-color: var(--_urgent);
    background: var(--_urgent);
    color: var(--_on-urgent);
  }

  button {
    font: inherit;
    cursor: pointer;
  }

  .button {
    min-block-size: 2.75rem;
    padding-block: 0.4rem;
    padding-inline: 0.9rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 700;
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Contact lists rendered by contact-templates.ts, the same in every element. */
  .lead {
    margin-block: 0 0.5rem;
    font-weight: 700;
  }

  .lines {
    display: grid;
    gap: 1rem;
    margin: 0 0 1rem;
    padding: 0;
    list-style: none;
  }

  /* Lines are read in the order Haven puts them (the crisis line before a clinic's local lines): a page's ::part()
     order or grid placement cannot move one above another (!important in the shadow tree beats the page's). */
  .lines > li {
    order: 0 !important;
    grid-area: auto !important;
  }

  .line-name {
    display: block;
    margin-block-end: 0.35rem;
  }

  .tag {
    display: inline-block;
    margin-block-end: 0.35rem;
    padding-inline: 0.4rem;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    font-size: 0.875em;
  }

  /* "Deaf, hard of hearing, or cannot talk out loud?": a disclosure with a summary big enough to tap. */
  .access {
    margin-block: 0 1rem;
  }
  .access summary {
    padding-block: 0.6rem;
    color: var(--_accent);
    font-weight: 700;
    text-decoration: underline;
    cursor: pointer;
  }

  .note {
    margin-block: 0.25em 0;
    font-size: 0.95em;
  }

  /*
   * "Hours:", "Open now" or "Closed now" before a line's hours: all three share one grid cell, so the box is as wide
   * as the widest and the words after it never move when the label changes (hydration, or a line opening). The two
   * not in use have the hidden attribute (so without this stylesheet only one shows) and keep their size, unseen.
   */
  .status {
    display: inline-grid;
    font-weight: 700;
  }
  .status > * {
    grid-area: 1 / 1;
  }
  .status > [hidden] {
    display: block;
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .action,
    .button {
      border-color: ButtonText;
    }
    .action.primary,
    .action.urgent {
      forced-color-adjust: none;
      background: LinkText;
      color: Canvas;
      border-color: LinkText;
    }
    /* Colour is gone in forced colours, so the emergency call is told apart from the others by its border. */
    .action.urgent {
      outline: 3px double CanvasText;
      outline-offset: 2px;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    [tabindex='-1']:focus-visible,
    summary:focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  /*
   * On paper every number is black, whatever the button looked like on screen (the :is() carries the specificity of
   * .action.urgent, which a plain .action rule would lose to), and links that leave the page print their address.
   */
  @media print {
    :is(.action, .action.primary, .action.urgent, .button) {
      border: 0;
      padding: 0;
      min-block-size: 0;
      background: none;
      color: #000;
    }
    a[data-method='chat']::after {
      content: ' (' attr(href) ')';
    }
    .new-tab {
      display: none;
    }
  }

  /* The visible mark on links that open a new tab; the words "(opens in a new tab)" are for screen readers. */
  .new-tab {
    margin-inline-start: 0.25em;
    font-weight: 400;
  }
`;
