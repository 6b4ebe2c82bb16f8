/**
 * What the drop-in script's own copy of Lit sees instead of `globalThis` and `document` (rollup.config.mjs swaps
 * them in for the Lit files it bundles; the ES module build uses the app's Lit untouched). Two reasons:
 *
 * - **DOM clobbering.** Lit reads globals such as `litHtmlVersions`, `litPropertyMetadata`, `ShadyCSS` and
 *   `trustedTypes` at start-up, and calls the document's methods (`createTreeWalker`, `importNode`,
 *   `createComment`…) on every render. A clinic portal that shows user HTML can hold `<div id="litHtmlVersions">`
 *   or `<img name="createElement">`, and the browser then answers those names with the element: Lit throws, before
 *   any element is registered or on a later render. Here Lit gets only `ShadowRoot`, checked to be the real
 *   constructor, this script's own Trusted Types factory, and the document's methods taken from
 *   `Document.prototype` when the script starts; its bookkeeping (`*Versions`, `litPropertyMetadata`) stays on this
 *   private object.
 * - **Trusted Types next to other Lit code.** Lit names its policy `lit-html`, and a page's CSP lets each name be
 *   created once: a chat or booking widget built with Lit and Haven would take it from each other. Each Haven
 *   drop-in script creates its own policy under its own name (`haven` for haven.min.js), kept inside the script so
 *   no other code on the page can use it, and only when it first renders: a second copy of a script, whose elements
 *   the first copy already defined (core/define.ts), never asks for the name again. Trusted Types:
 *   https://w3c.github.io/trusted-types/dist/spec/
 */
/**
 * This script's Trusted Types policy name, set per drop-in script by the build (rollup.config.mjs); `null` for the
 * embed builder's renderer (demo/prerender.js), whose Lit only writes strings and never needs a policy.
 */
declare const __HAVEN_TRUSTED_TYPES_POLICY__: string | null;

const host = globalThis as unknown as Record<string, unknown>;

/** The browser's own constructor of that name, or `undefined` when the name answers with something else. */
function genuine<T>(name: string): T | undefined {
  const value = host[name];
  return typeof value === 'function' && /\[native code\]/.test(Function.prototype.toString.call(value)) ? (value as T) : undefined;
}

type PolicyFactory = {
  createPolicy(name: string, rules: { createHTML(input: string): string }): unknown;
  emptyScript?: unknown;
};

const Factory = genuine<abstract new () => PolicyFactory>('TrustedTypePolicyFactory');
const realTrustedTypes = host.trustedTypes;
const factory = Factory && realTrustedTypes instanceof Factory ? (realTrustedTypes as PolicyFactory) : undefined;

/**
 * This script's policy, created the first time Lit needs it, so a copy that never renders (its elements were
 * defined by an earlier copy) never asks for the name a second time. If the page's CSP does not allow the name,
 * rendering fails; each element then shows emergency help built without Lit (core/haven-element.ts), with the
 * clinic's own no-script content, and this warning says what to add to the CSP.
 */
let policy: { createHTML(input: string): unknown } | undefined;

function ownPolicy(rules: { createHTML(input: string): string }) {
  return {
    createHTML(input: string): unknown {
      try {
        policy ??= factory!.createPolicy(__HAVEN_TRUSTED_TYPES_POLICY__!, rules) as { createHTML(input: string): unknown };
      } catch (error) {
        console.warn(
          `[haven] The page’s Content-Security-Policy does not allow a Trusted Types policy named ` +
            `"${__HAVEN_TRUSTED_TYPES_POLICY__}": add it to the "trusted-types" directive.`,
        );
        throw error;
      }
      return policy.createHTML(input);
    },
  };
}

/** The document and its methods as they were when the script started: named elements cannot replace them. */
const doc = document;
const D = Document.prototype;
const dom = {
  createComment: (data: string) => D.createComment.call(doc, data),
  createElement: (tag: string) => D.createElement.call(doc, tag),
  createTextNode: (data: string) => D.createTextNode.call(doc, data),
  createDocumentFragment: () => D.createDocumentFragment.call(doc),
  createTreeWalker: (root: Node, what?: number, filter?: NodeFilter | null) => D.createTreeWalker.call(doc, root, what, filter),
  importNode: <T extends Node>(node: T, deep?: boolean) => D.importNode.call(doc, node, deep),
  importNodeIn: <T extends Node>(scope: Document, node: T, deep?: boolean) => D.importNode.call(scope, node, deep),
};

export const litGlobal: Record<string, unknown> = {
  ShadowRoot: genuine('ShadowRoot'),
  trustedTypes: factory && __HAVEN_TRUSTED_TYPES_POLICY__ !== null && {
    // Lit asks for "lit-html"; it gets this script's own policy instead.
    createPolicy: (_name: string, rules: { createHTML(input: string): string }) => ownPolicy(rules),
    emptyScript: factory.emptyScript,
  },
  document: doc,
  dom,
};
