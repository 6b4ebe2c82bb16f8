/**
 * Part of `haven-hydrate.min.js` (ssr/hydrate.ts), in a module of its own so that it runs before `define.js`
 * registers the elements: pre-rendered elements already in the page upgrade during `customElements.define`, and
 * each must know it is hydrating before its first render.
 *
 * A hydrated element keeps the pre-rendered shadow root, whose styles come from its <link> to haven.css; Lit's
 * hydration does not add the element's own styles. Adopting them too makes a hydrated element look like one the
 * script rendered, even where haven.css did not load. Both hold the same rules, so nothing moves. The element is
 * also marked `prerendered`, so its first render is the server's template (warning-signs.ts renderKey).
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { HavenElement } from '../core/haven-element.js';
import '../warning-signs/no-script.js';

const proto = HavenElement.prototype as unknown as { createRenderRoot(this: HavenElement): HTMLElement | DocumentFragment };
const createRenderRoot = proto.createRenderRoot;
proto.createRenderRoot = function (this: HavenElement) {
  const prerendered = this.shadowRoot;
  const root = createRenderRoot.call(this);
  if (prerendered && root === prerendered) {
    this.prerendered = true;
    adoptStyles(prerendered, (this.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles);
  }
  return root;
};
