/**
 * Headings at a level the host page chooses (`heading-level`, 2–6), so each element fits the page's outline.
 * One template per level rather than a dynamic tag: no static-html, and the tag can only ever be one of these.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Parses `heading-level`; anything outside 2–6 becomes the default. */
export function headingLevel(value: unknown, fallback = 2): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 2 && level <= 6 ? level : fallback;
}

export interface HeadingOptions {
  id?: string;
  part?: string;
  /** Lets code move focus to the heading (contents list, steps), without adding it to the Tab order. */
  focusable?: boolean;
}

/**
 * A heading `offset` levels below `level`. HTML stops at h6; deeper levels (a guide placed at heading-level 5 has
 * sub-headings at 7 and 8) stay distinct for assistive technology as `role="heading"` with `aria-level`, instead of
 * collapsing into one level (WCAG 1.3.1).
 */
export function heading(level: number, offset: number, content: unknown, o: HeadingOptions = {}): TemplateResult {
  // Own keys only: a page that polluted Object.prototype cannot add an id or a tabindex to a heading.
  const own = <K extends keyof HeadingOptions>(key: K) => (Object.prototype.hasOwnProperty.call(o, key) ? o[key] : undefined);
  const id = own('id') ?? nothing;
  const part = own('part') ?? nothing;
  const tabindex = own('focusable') ? '-1' : nothing;
  const n = headingLevel(level) + offset;
  switch (n) {
    case 2:
      return html`<h2 id=${id} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 id=${id} part=${part} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<p class="heading-deep" role="heading" aria-level=${n} id=${id} part=${part} tabindex=${tabindex}>
        ${content}
      </p>`;
  }
}
