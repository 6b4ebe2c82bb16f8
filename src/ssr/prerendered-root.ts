/**
 * Part of `haven-hydrate.min.js` (ssr/hydrate.ts), in a module of its own so that it runs before `define.js`
 * registers the elements: pre-rendered elements already in the page upgrade during `customElements.define`, and
 * their render roots are made then. It also installs the checklist's answers for a page whose script never runs
 * (warning-signs/no-script.ts), so a hydrating checklist's first render is the server's template; an element knows
 * it was pre-rendered from the shadow root it starts with (`prerendered`, core/haven-element.ts).
 *
 * A hydrated element keeps the pre-rendered shadow root, whose styles come from its <link> to haven.css; Lit's
 * hydration does not add the element's own styles. Adopting them too makes a hydrated element look like one the
 * script rendered, even where haven.css did not load. Both hold the same rules, so nothing moves.
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { HavenElement } from '../core/haven-element.js';
import '../warning-signs/no-script.js';

HavenElement.hydrates = true;
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
