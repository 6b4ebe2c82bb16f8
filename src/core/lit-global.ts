/**
 * What the drop-in script's own copy of Lit sees instead of `globalThis` (rollup.config.mjs swaps it in for the
 * Lit files it bundles; the ES module build uses the app's Lit untouched). Two reasons:
 *
 * - **DOM clobbering.** Lit reads globals such as `litHtmlVersions`, `litPropertyMetadata`, `ShadyCSS` and
 *   `trustedTypes` at start-up. A clinic portal that shows user HTML can hold `<div id="litHtmlVersions">` or
 *   `<img name="ShadyCSS">`, and the browser then answers those names with the element: Lit throws before any
 *   element is registered, or gives up constructed stylesheets (which a strict CSP needs). Here Lit gets only
 *   `ShadowRoot`, checked to be the real constructor, and Haven's own Trusted Types factory; its bookkeeping
 *   (`*Versions`, `litPropertyMetadata`) stays on this private object.
 * - **Trusted Types next to other Lit code.** Lit names its policy `lit-html`, and a page's CSP lets each name be
 *   created once: a chat or booking widget built with Lit and Haven would take it from each other. The drop-in
 *   script's Lit gets one policy named `haven`, shared by every Haven script on the page (a second copy or a
 *   per-element script reuses it instead of throwing). Trusted Types: https://w3c.github.io/trusted-types/dist/spec/
 */

import { CANNOT_RENDER } from './define.js';

/** Where Haven keeps its one policy (shared by every Haven script on the page). Symbols cannot be clobbered. */
const POLICY = Symbol.for('haven-elements.trusted-types-policy');

type PolicyFactory = {
  createPolicy(name: string, rules: { createHTML(input: string): string }): unknown;
  emptyScript?: unknown;
};

const host = globalThis as typeof globalThis & Record<symbol, unknown>;

/** The browser's own constructor of that name, or `undefined` when the name answers with something else. */
function genuine<T>(name: string): T | undefined {
  const value = (host as unknown as Record<string, unknown>)[name];
  return typeof value === 'function' && /\[native code\]/.test(Function.prototype.toString.call(value)) ? (value as T) : undefined;
}

const Factory = genuine<abstract new () => PolicyFactory>('TrustedTypePolicyFactory');
const realTrustedTypes = (host as unknown as { trustedTypes?: unknown }).trustedTypes;
const factory = Factory && realTrustedTypes instanceof Factory ? (realTrustedTypes as PolicyFactory) : undefined;

/**
 * Haven's one policy. It is named "haven"; a page whose CSP still names only "lit-html" (Haven's documented policy
 * before 0.2) gets that name instead, with a warning, if no other script has taken it.
 */
function havenPolicy(rules: { createHTML(input: string): string }): unknown {
  if (host[POLICY]) return host[POLICY];
  for (const name of ['haven', 'lit-html']) {
    try {
      host[POLICY] = factory!.createPolicy(name, rules);
      if (name !== 'haven') console.warn('[haven] Trusted Types: add "haven" to your CSP’s "trusted-types" directive; using "lit-html" for now.');
      return host[POLICY];
    } catch {
      // Not allowed by the page's CSP, or already taken: try the next name.
    }
  }
  // Rendering would be refused, so the elements are not registered and their no-script content stays on the page
  // (core/define.ts).
  host[CANNOT_RENDER] =
    'the page’s Content-Security-Policy does not allow a Trusted Types policy named "haven"; add "haven" to its ' +
    '"trusted-types" directive';
  console.warn(`[haven] ${host[CANNOT_RENDER] as string}.`);
  return undefined;
}

export const litGlobal: Record<string, unknown> = {
  ShadowRoot: genuine('ShadowRoot'),
  trustedTypes: factory && {
    // Lit asks for "lit-html"; it gets Haven's policy instead.
    createPolicy: (_name: string, rules: { createHTML(input: string): string }) => havenPolicy(rules),
    emptyScript: factory.emptyScript,
  },
};
