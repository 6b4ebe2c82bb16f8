/**
 * Scopes one element's shadow-root styles to that element, for dist/haven.css: the three elements' styles share
 * one file, linked from every declarative shadow root, and a class name one element uses (`.lead`, `.lines`) must
 * not style another. Each selector gets `:host(<tag>)` in front (`:host` itself becomes `:host(<tag>)`), so every
 * Haven rule gains the same specificity and keeps its order. Runs at build time on Haven's own css`` templates:
 * anything it does not understand (`:host-context`, `:host` in the middle of a selector) fails the build.
 */

/** Index of the bracket that closes the one at `open` (`(`, `{` or `[`), skipping quoted strings. */
function closing(css: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < css.length; i += 1) {
    const c = css[i];
    if (c === '"' || c === "'") {
      i = css.indexOf(c, i + 1);
      if (i < 0) break;
    } else if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (!stack.length) return i;
    }
  }
  throw new Error(`scopeCss: unbalanced "${css[open]}" at ${open}`);
}

/** Splits at top-level commas (not inside brackets or strings). */
function splitList(selectors: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < selectors.length; i += 1) {
    const c = selectors[i];
    if (c === '(' || c === '[' || c === '"' || c === "'") i = c === '"' || c === "'" ? selectors.indexOf(c, i + 1) : closing(selectors, i);
    else if (c === ',') {
      parts.push(selectors.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(selectors.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

function scopeSelector(selector: string, tag: string): string {
  // Firefox (153) does not restyle `:host(x) .a:has(input:checked) .b` when a box is ticked, only when the sheet
  // changes; without `:host` it does, and WebKit (2.50) the other way round. A `:has` rule that starts with a class
  // gets both: the class is the element's own (`.checklist`), so the bare one matches nothing in the other
  // elements' shadow roots.
  if (/^\.[\w-]+:has\(/.test(selector)) return `:host(${tag}) ${selector},${selector}`;
  if (selector.startsWith(':host(')) {
    const end = closing(selector, 5);
    return `:host(${tag}${selector.slice(6, end)})${selector.slice(end + 1)}`;
  }
  if (/^:host(?![\w-])/.test(selector)) return `:host(${tag})${selector.slice(5)}`;
  if (selector.includes(':host')) throw new Error(`scopeCss: cannot scope "${selector}"`);
  return `:host(${tag}) ${selector}`;
}

/** At-rules whose blocks hold style rules to scope; any other block (`@keyframes`, `@font-face`) is copied. */
const GROUPING = /^@(media|supports|container|layer)\b/;

function scopeRules(css: string, tag: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const brace = css.indexOf('{', i);
    const semicolon = css.indexOf(';', i);
    if (brace < 0 || (semicolon >= 0 && semicolon < brace)) {
      // A statement such as `@layer a, b;`, or trailing whitespace.
      const end = semicolon < 0 ? css.length : semicolon + 1;
      out += css.slice(i, end).trim();
      i = end;
      continue;
    }
    const prelude = css.slice(i, brace).trim();
    const end = closing(css, brace);
    const body = css.slice(brace + 1, end);
    if (GROUPING.test(prelude)) out += `${prelude}{${scopeRules(body, tag)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body.trim()}}`;
    else out += `${splitList(prelude).map((s) => scopeSelector(s, tag)).join(',')}{${body.trim()}}`;
    i = end + 1;
  }
  return out;
}

/** `css` (one element's styles, in order) with every rule scoped to `tag`. */
export function scopeCss(css: string, tag: string): string {
  return scopeRules(css.replace(/\/\*[\s\S]*?\*\//g, ''), tag);
}
