/**
 * `haven-elements/ssr`, for Node: `renderHaven()` renders one element to HTML with a declarative shadow root,
 * `renderHtml()` pre-renders every Haven element in a page (what `npx haven-render` does to a file), and
 * `havenStylesheet()` is the text of dist/haven.css. Importing it registers the elements in Lit's server-side
 * registry; it never touches a browser DOM.
 */
export {
  DEFAULT_STYLESHEET,
  HAVEN_TAGS,
  havenStylesheet,
  renderHaven,
  type AttributeValue,
  type HavenTag,
  type RenderOptions,
} from './render.js';
export { RenderError, renderHtml, type RenderFileResult } from './render-file.js';
