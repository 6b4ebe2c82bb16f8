import { css } from 'lit';

export const guideStyles = css`
  /* Sizes follow each heading's role, not its tag: the tags move with heading-level. */
  :is([part~='title'], [data-haven-part~='title']) {
    font-size: 1.6em;
  }

  :is([part~='section-heading'], [data-haven-part~='section-heading']) {
    font-size: 1.35em;
  }

  :is([part~='subheading'], [data-haven-part~='subheading']) {
    margin-block-start: 1.25em;
    font-size: 1.1em;
  }

  :is([part~='signs-heading'], [data-haven-part~='signs-heading']) {
    font-size: 1.05em;
  }

  .intro {
    margin-block-end: 1rem;
  }

  .tools {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-block-end: 1rem;
  }

  .contents {
    margin-block-end: 1.5rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .contents ol {
    margin: 0;
    padding-inline-start: 1.5rem;
  }

  .contents-link {
    min-block-size: 2.75rem;
    padding-block: 0.25rem;
    padding-inline: 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  .contents-link:hover {
    text-decoration-thickness: 0.15em;
  }

  .contents-link[aria-current='step'] {
    color: var(--_text);
    font-weight: 700;
    text-decoration: none;
  }

  .step[hidden] {
    display: none;
  }

  .page .step:not([hidden]) ~ .step:not([hidden]) {
    margin-block-start: 2rem;
    padding-block-start: 1.5rem;
    border-block-start: 1px solid var(--_border);
  }

  .progress {
    font-weight: 700;
  }

  .list {
    padding-inline-start: 1.5rem;
  }

  .list li + li {
    margin-block-start: 0.35rem;
  }

  .signs {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_accent);
    border-radius: var(--_radius);
  }

  .signs.emergency,
  .signs.now {
    border-inline-start-color: var(--_urgent);
    background: var(--_urgent-surface);
  }

  .then {
    margin-block: 0.75rem 0;
  }

  .crisis-now {
    margin-block: 1rem;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
  }

  .clinic {
    margin-block-end: 0.75rem;
  }

  .step-nav {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 1.5rem;
  }

  /* The step that cannot move looks weaker than the one that can (it stays in the Tab order, so focus is kept). */
  .button[aria-disabled='true'] {
    border-style: dashed;
    border-color: var(--_border);
    color: var(--_text);
    font-weight: 400;
    opacity: 0.6;
    cursor: not-allowed;
  }

  .print-clinic {
    display: none;
  }

  .sources {
    margin-block-start: 2rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.95em;
  }

  .sources summary {
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    cursor: pointer;
    font-weight: 700;
  }

  .source-list {
    padding-inline-start: 1.5rem;
  }

  /* The clinic's extra sections that are not the current step. On screen only: print shows every section. */
  @media screen {
    ::slotted([data-haven-inactive]) {
      display: none !important;
    }
  }

  @media (forced-colors: active) {
    .contents,
    .signs {
      border-color: CanvasText;
    }
    .contents-link {
      color: LinkText;
    }
    .button[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
    }
  }

  @media print {
    .tools,
    .contents,
    .progress,
    .step-nav {
      display: none !important;
    }
    /* Every chosen section prints, even in the steps layout. */
    .step[hidden]:not(.unused) {
      display: block;
    }
    .step:not(.unused) + .step:not(.unused) {
      margin-block-start: 1.5rem;
    }
    .print-clinic {
      display: block;
      padding: 0.5rem 0.75rem;
      border: 1px solid currentColor;
    }
    .signs,
    .crisis-now {
      break-inside: avoid;
    }
  }
`;
