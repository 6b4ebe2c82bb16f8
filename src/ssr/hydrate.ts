/**
 * Entry of the drop-in script `haven-hydrate.min.js`: `haven.min.js` plus Lit's hydration support, for pages whose
 * Haven elements were pre-rendered (`haven-render`, `renderHaven`). An element that arrives with a declarative
 * shadow root keeps its DOM: Lit attaches to the rendered nodes instead of re-creating them, so focus, a ticked
 * checkbox and the scroll position survive. Elements without one render as usual. A separate script because the
 * support does not fit in haven.min.js's size ceiling (scripts/size.mjs); pages that are not pre-rendered do not
 * need it.
 */
// Must run before Lit's LitElement class is created (it installs a hook LitElement calls when it loads).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { HavenElement } from '../core/haven-element.js';
import '../define.js';

/**
 * A hydrated element keeps the pre-rendered shadow root, whose styles come from its <link> to haven.css; Lit's
 * hydration does not add the element's own styles. Adopting them too makes a hydrated element look like one the
 * script rendered, even where haven.css did not load. Both hold the same rules, so nothing moves.
 */
const proto = HavenElement.prototype as unknown as { createRenderRoot(this: HavenElement): HTMLElement | DocumentFragment };
const createRenderRoot = proto.createRenderRoot;
proto.createRenderRoot = function (this: HavenElement) {
  const prerendered = this.shadowRoot;
  const root = createRenderRoot.call(this);
  if (prerendered && root === prerendered) {
    adoptStyles(prerendered, (this.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles);
  }
  return root;
};
