import { css } from 'lit';

export const bannerStyles = css`
  .banner {
    border: 2px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 1rem 1.25rem;
  }

  .banner > h2,
  .banner > h3,
  .banner > h4,
  .banner > h5,
  .banner > h6 {
    font-size: 1.25em;
  }

  .emergency {
    margin-block-end: 1rem;
    padding: 0.75rem;
    border-radius: var(--_radius);
    background: var(--_urgent-surface);
  }

  .emergency p {
    margin: 0 0 0.5rem;
  }

  .reassure {
    margin: 0;
    font-style: italic;
  }

  .compact-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }

  .compact-row h2,
  .compact-row h3,
  .compact-row h4,
  .compact-row h5,
  .compact-row h6 {
    margin: 0;
    font-size: 1em;
  }

  .details {
    margin-block-start: 1rem;
    padding-block-start: 1rem;
    border-block-start: 1px solid var(--_border);
  }

  .details[hidden] {
    display: none;
  }

  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  .chevron {
    display: inline-block;
    margin-inline-start: 0.35rem;
    transition: transform 150ms ease;
  }

  @media (forced-colors: active) {
    .banner {
      border-color: CanvasText;
    }
  }

  @media print {
    .toggle {
      display: none;
    }
    .details[hidden] {
      display: block;
    }
  }
`;
