import { css } from 'lit';

export const warningSignsStyles = css`
  .checklist {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding-block: 1rem 1.25rem;
    padding-inline: 1.25rem;
  }

  .intro {
    margin-block-end: 0.5rem;
  }

  .advice {
    margin-block-end: 1rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 0.25rem solid var(--_accent);
  }

  .group {
    margin-block: 0 1rem;
    margin-inline: 0;
    padding-block: 0.5rem 0.75rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  legend {
    padding-inline: 0.25rem;
    font-weight: 700;
    font-size: 1.1em;
  }

  .signs {
    display: grid;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* The whole row is the label, so the tap target is far larger than the box itself. */
  .sign {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
  }

  .sign input {
    flex: none;
    /* WCAG 2.5.8 asks for 24 by 24 CSS pixels; the box grows with the text but never below that. */
    inline-size: max(24px, 1.5em);
    block-size: max(24px, 1.5em);
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    margin-block-start: 0.4rem;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  /* The label also covers the gap before it, so a tap between box and words still ticks the box (WCAG 2.5.8). */
  .sign label {
    flex: 1;
    margin-inline-start: -0.75rem;
    padding-block: 0.4rem;
    padding-inline-start: 0.75rem;
    cursor: pointer;
  }

  .clear {
    margin-block-end: 1.25rem;
  }

  /*
   * WCAG 2.4.11: while the next-step bar covers the bottom of the screen, moving focus to a checkbox, its row or the
   * Clear button scrolls it clear of the bar. --_bar is the bar's measured height (HavenWarningSigns.fitBar).
   */
  .groups input,
  .sign,
  .clear {
    scroll-margin-block-end: calc(var(--_bar, 0px) + 0.5rem);
  }

  /*
   * The next-step bar (emergency, crisis and care now). Sticky inside the section, so it stays at the bottom of the screen
   * only while the checklist is in view, and comes to rest just above "Your next step" without covering the result.
   * It never animates, so there is nothing for reduced motion to turn off.
   */
  .next-bar {
    position: sticky;
    inset-block-end: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    /* A little wider than the text column, so the label and the call share a row on a 320px-wide phone. */
    margin-block: 0 1.25rem;
    margin-inline: -0.75rem;
    padding-block: 0.35rem max(0.5rem, env(safe-area-inset-bottom, 0px));
    padding-inline: 0.5rem;
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
    box-shadow: 0 -0.25rem 0.75rem rgb(0 0 0 / 0.18);
  }

  /* Calm tiers (call today, follow-up, common): the same bar in the accent colours. */
  .next-bar.calm {
    border-color: var(--_accent);
    background: var(--_surface);
  }

  /* Taller than a quarter of the screen (large text, 400 % zoom): it sits in the flow instead of covering the list. */
  .next-bar[data-static] {
    position: static;
    box-shadow: none;
  }

  /* One row where there is room; on a phone, "What to do" wraps to a second row under the call. */
  .next-bar.urgent .bar-label {
    color: var(--_urgent);
  }

  .next-bar .action {
    padding-inline: 0.6rem;
  }

  /* Secondary to the call: a little smaller, still far above the 24px minimum target. */
  .next-bar .jump {
    margin-inline-start: auto;
    min-block-size: 2.5rem;
    padding-block: 0.25rem;
    padding-inline: 0.5rem;
    font-size: 0.875em;
  }

  #result-heading {
    scroll-margin-block-start: 1rem;
  }

  .result {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 2px solid var(--_border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
  }

  .result[data-tier='emergency'],
  .result[data-tier='crisis'],
  .result[data-tier='now'] {
    border-color: var(--_urgent);
    background: var(--_urgent-surface);
  }

  .result[data-tier='today'] {
    border-color: var(--_accent);
  }

  .result > :last-child,
  .result p:last-child {
    margin-block-end: 0;
  }

  .summary {
    font-size: 1.15em;
  }

  .result[data-tier='emergency'] .tier-label,
  .result[data-tier='crisis'] .tier-label,
  .result[data-tier='now'] .tier-label {
    color: var(--_urgent);
  }

  .also {
    margin-block-start: 1rem;
    padding-block-start: 0.75rem;
    border-block-start: 1px solid var(--_urgent);
  }

  .because {
    margin-block-end: 0.25rem;
  }

  .why {
    padding-inline-start: 1.25rem;
  }

  .care li + li {
    margin-block-start: 0.5rem;
  }

  .care-note {
    display: block;
  }

  .primary {
    margin-block-end: 0.75rem;
  }

  @media (forced-colors: active) {
    .checklist,
    .group,
    .result,
    .result[data-tier='emergency'],
    .result[data-tier='crisis'],
    .result[data-tier='now'] {
      border-color: CanvasText;
    }
    .advice {
      border-color: CanvasText;
    }
    .result[data-tier='emergency'] .tier-label,
    .result[data-tier='crisis'] .tier-label,
    .result[data-tier='now'] .tier-label,
    .bar-label {
      color: CanvasText;
    }
    /* Shadows vanish in forced colours; the bar keeps a solid border against the content scrolling under it. */
    .next-bar {
      border: 3px solid CanvasText;
      background: Canvas;
    }
  }

  .print-tools {
    margin-block-start: 1.25rem;
  }

  /* "Print my answers": the sheet is in the DOM only while it prints, and only on paper. */
  .print-sheet {
    display: none;
  }

  @media print {
    .clear,
    .next-bar,
    .print-tools {
      display: none;
    }
    :host([data-haven-printing]) .checklist > :not(.print-sheet) {
      display: none !important;
    }
    :host([data-haven-printing]) .print-sheet {
      display: block;
    }
  }
`;
