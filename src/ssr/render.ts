/**
 * Haven's elements rendered to HTML on a server or in a build step, with declarative shadow
 * DOM, so a page shows its full content before (or without) any JavaScript. Runs in Node with Lit's SSR
 * (@lit-labs/ssr); the browser hydrates the result with `haven-hydrate.min.js`.
 *
 * The shadow roots carry no inline `<style>`: each links `haven.css` (dist/haven.css, the elements' styles scoped
 * per tag), which a strict Content-Security-Policy (`style-src 'self'`) allows when it is served from the page's
 * own origin.
 *
 * This module's templates must be the drop-in scripts' templates, byte for byte (hydration compares a digest of
 * each), so it is bundled with the same template minifier (rollup.config.mjs).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { LitElement } from 'lit';
import type { HavenElement } from '../core/haven-element.js';
import { LINE_ATTRIBUTES, type LineSource } from '../core/local-lines.js';
// Before define.js, which finalizes the elements' styles: the checklist's answers without script (and their CSS).
import { installNoScript } from '../warning-signs/no-script.js';
import '../define.js';
import { scopeCss } from './scope-css.js';

/** The tags renderHaven renders. */
export const HAVEN_TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'] as const;
export type HavenTag = (typeof HAVEN_TAGS)[number];

/** Where the declarative shadow roots look for Haven's styles unless told otherwise. */
export const DEFAULT_STYLESHEET = '/assets/haven.css';

export interface RenderOptions {
  /**
   * The language of the page the element goes into (`en`, `es`; anything else renders English). Written as the
   * element's own `lang` unless `attributes` has one, so the browser hydrates it in the same language.
   */
  lang?: string;
  /** Address of haven.css for the `<link rel="stylesheet">` in each shadow root. Default `/assets/haven.css`. */
  stylesheet?: string;
  /**
   * The clinic's local lines, each the attributes of a `<haven-line>` (`{ name, phone, url, hours, 'time-zone', kind
   * }`): rendered into the shadow root, and written as `<haven-line>` children so the browser shows the same lines.
   */
  lines?: readonly LineSource[];
}

/** @internal Options of renderShadowRoot, for haven-render. */
export interface ShadowRootOptions {
  lang?: string;
  stylesheet?: string;
  /** This element's number among copies of its tag on the page (from 1), or 0 when it is the only one. */
  landmarkNumber?: number;
  /** The element's local lines (its `<haven-line>` children and its `lines` list, in that order of the browser's). */
  lines?: readonly LineSource[];
}

export type AttributeValue = string | number | null | undefined;

/** Attributes renderHaven writes besides each element's own: global ones that cannot run script. */
const GLOBAL_ATTRIBUTES = new Set(['lang', 'id', 'class', 'title', 'hidden', 'dir', 'slot', 'translate']);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text safe inside a double-quoted attribute value or element content. */
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

function isHavenTag(tag: string): tag is HavenTag {
  return (HAVEN_TAGS as readonly string[]).includes(tag);
}

function checkTag(tag: unknown): HavenTag {
  const name = String(tag).toLowerCase();
  if (typeof tag === 'string' && isHavenTag(name)) return name;
  throw new Error(`renderHaven: unknown tag "${String(tag).slice(0, 60)}"; Haven renders ${HAVEN_TAGS.join(', ')}.`);
}

/** The attribute names an element takes: its own (observedAttributes) and the harmless global ones. */
function allowedAttribute(tag: HavenTag, name: string): boolean {
  const ctor = customElements.get(tag) as unknown as { observedAttributes: string[] };
  return (
    ctor.observedAttributes.includes(name) ||
    GLOBAL_ATTRIBUTES.has(name) ||
    /^(data|aria)-[a-z][a-z0-9-]*$/.test(name)
  );
}

/**
 * The attributes as [name, value] pairs: names lower-cased and checked against what the element takes (an unknown
 * name is an error naming it: `onclick` must never reach the page), values as text. `null` and `undefined` leave
 * the attribute out.
 */
function cleanAttributes(tag: HavenTag, attributes: Record<string, AttributeValue>): [string, string][] {
  if (attributes === null || typeof attributes !== 'object') throw new TypeError('renderHaven: attributes must be an object.');
  const pairs: [string, string][] = [];
  for (const [raw, value] of Object.entries(attributes)) {
    const name = raw.toLowerCase();
    if (!allowedAttribute(tag, name)) {
      throw new Error(`renderHaven: <${tag}> has no attribute "${raw.slice(0, 60)}".`);
    }
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string' && !(typeof value === 'number' && Number.isFinite(value))) {
      throw new TypeError(`renderHaven: the value of ${name} must be text or a number, not ${typeof value}.`);
    }
    pairs.push([name, String(value)]);
  }
  return pairs;
}

/**
 * @internal The declarative shadow root of one element, `<template shadowrootmode="open">…</template>`, for an
 * element whose own start tag is written elsewhere (haven-render keeps the page's tag as it was).
 */
export function renderShadowRoot(
  tag: string,
  attributes: Iterable<[string, string]>,
  { lang, stylesheet = DEFAULT_STYLESHEET, landmarkNumber = 0, lines = [] }: ShadowRootOptions = {},
): string {
  const name = checkTag(tag);
  if (name === 'haven-warning-signs') installNoScript(customElements.get(name) as Parameters<typeof installNoScript>[0]);
  // Lit's element renderer, used for the element and its template only: its renderShadow() would write the styles
  // as an inline <style>, which a strict CSP blocks; the shadow root links haven.css instead.
  const renderer = new LitElementRenderer(name);
  let hasLang = false;
  for (const [attribute, value] of attributes) {
    renderer.setAttribute(attribute, value);
    if (attribute === 'lang') hasLang = true;
  }
  // On a server the element has no ancestors to ask: the page's language is its own (core/locale.ts).
  if (!hasLang && lang !== undefined) renderer.setAttribute('lang', lang);
  const element = renderer.element as unknown as HavenElement & LitElement;
  element.setLandmarkNumber(landmarkNumber);
  element.serverLines = lines;
  element.prerendered = true;
  // Runs willUpdate (values cleaned, contacts resolved), as the browser's first update does.
  renderer.connectedCallback();
  const content = collectResultSync(
    render((element as unknown as { render(): unknown }).render(), {
      customElementInstanceStack: [renderer],
      customElementHostStack: [renderer],
    }),
  );
  return `<template shadowrootmode="open"><link rel="stylesheet" href="${escapeHtml(String(stylesheet))}">${content}</template>`;
}

/**
 * One Haven element as HTML with a declarative shadow root: `renderHaven('haven-crisis-banner', { region: 'GB',
 * 'clinic-phone': '0113 496 0000' }, { lang: 'en' })`. Every attribute value is escaped; an unknown tag or
 * attribute name throws an error naming it. The element's light DOM (a no-script fallback) is not rendered: put
 * it between the tags yourself if you want it, it stays hidden while the shadow root is shown.
 */
export function renderHaven(tag: string, attributes: Record<string, AttributeValue> = {}, options: RenderOptions = {}): string {
  const name = checkTag(tag);
  const pairs = cleanAttributes(name, attributes);
  if (options.lang !== undefined && !pairs.some(([attribute]) => attribute === 'lang')) pairs.push(['lang', String(options.lang)]);
  const start = pairs.map(([attribute, value]) => ` ${attribute}="${escapeHtml(value)}"`).join('');
  const lines = cleanLines(options.lines);
  const children = lines
    .map((line) => `<haven-line${LINE_ATTRIBUTES.map((a) => (line[a] == null ? '' : ` ${a}="${escapeHtml(String(line[a]))}"`)).join('')}></haven-line>`)
    .join('');
  return `<${name}${start}>${renderShadowRoot(name, pairs, { ...options, lines })}${children}</${name}>`;
}

/** `options.lines` as an array of line attributes (text only); anything else is an error naming it. */
function cleanLines(lines: unknown): LineSource[] {
  if (lines === undefined) return [];
  if (!Array.isArray(lines)) throw new TypeError('renderHaven: options.lines must be an array of <haven-line> attributes.');
  return lines.map((line) => {
    if (line === null || typeof line !== 'object') throw new TypeError('renderHaven: each of options.lines must be an object.');
    const clean: LineSource = {};
    for (const [key, value] of Object.entries(line as Record<string, unknown>)) {
      if (!(LINE_ATTRIBUTES as readonly string[]).includes(key)) {
        throw new Error(`renderHaven: <haven-line> has no attribute "${key.slice(0, 60)}"; it takes ${LINE_ATTRIBUTES.join(', ')}.`);
      }
      if (value === null || value === undefined) continue;
      if (typeof value !== 'string') throw new TypeError(`renderHaven: the <haven-line> ${key} must be text, not ${typeof value}.`);
      clean[key as keyof LineSource] = value;
    }
    return clean;
  });
}

/** The contents of dist/haven.css: each element's styles, scoped to its tag. */
export function havenStylesheet(): string {
  return HAVEN_TAGS.map((tag) => {
    const ctor = customElements.get(tag) as unknown as typeof LitElement;
    void ctor.observedAttributes; // finalizes the class, which collects its elementStyles
    const css = ctor.elementStyles.map((style) => (style as { cssText?: string }).cssText ?? '').join('\n');
    return `/* <${tag}> */\n${scopeCss(css, tag)}\n`;
  }).join('');
}
