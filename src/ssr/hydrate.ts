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
// Before define.js: elements already in the page upgrade as soon as their tag is registered.
import './prerendered-root.js';
import '../define.js';
