import { css } from 'lit';

export const bannerStyles = css`
  /*
   * variant="auto" decides by the banner's own width, before the first paint (no layout shift). The container is the
   * inner wrapper rather than the host, which a page's "* { all: unset !important }" would reach.
   */
  .banner {
    container-type: inline-size;
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

  .details.collapsed {
    display: none;
  }

  /* variant="auto": the one row on a phone; every contact, as in "full", where the banner is 40rem wide or more. */
  .auto .wide {
    display: none;
  }

  .auto .narrow .compact-row {
    margin-block-start: 0.5rem;
  }

  @container (min-width: 40rem) {
    .auto .narrow {
      display: none;
    }
    .auto .wide {
      display: block;
    }
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
    .toggle,
    .auto .narrow {
      display: none;
    }
    .auto .wide {
      display: block;
    }
    .details.collapsed {
      display: block;
    }
  }
`;
