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

  .sign label {
    flex: 1;
    padding-block: 0.4rem;
    cursor: pointer;
  }

  .clear {
    margin-block-end: 1.25rem;
  }

  .result {
    padding-block: 0.75rem;
    padding-inline: 1rem;
    border: 2px solid var(--_border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
  }

  .result[data-tier='emergency'],
  .result[data-tier='crisis'] {
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
  .result[data-tier='crisis'] .tier-label {
    color: var(--_urgent);
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

  @media (forced-colors: active) {
    .checklist,
    .group,
    .result,
    .result[data-tier='emergency'],
    .result[data-tier='crisis'] {
      border-color: CanvasText;
    }
    .advice {
      border-color: CanvasText;
    }
    .result[data-tier='emergency'] .tier-label,
    .result[data-tier='crisis'] .tier-label {
      color: CanvasText;
    }
  }

  @media print {
    .clear {
      display: none;
    }
  }
`;
