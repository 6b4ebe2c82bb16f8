/**
 * `npx haven-render [--stylesheet URL] FILE…` (src/ssr/cli.ts): pre-renders every Haven element in each HTML file, in place, for
 * static-site builds and CMS exports. Each element's start tag, its children (the no-script fallback) and
 * everything else in the file stay byte for byte as they were; a declarative shadow root is inserted right after
 * the start tag (or replaces the one an earlier run inserted). The language is the nearest `lang` on the element or
 * its ancestors, as in the browser.
 *
 * A file that cannot be read, or whose Haven markup is broken (a Haven tag that is never closed, a duplicate
 * attribute, an unknown `haven-` tag, a file cut off inside a tag or comment), ends the command with exit code 1
 * and `file:line: reason`; that file is left untouched. Output is written to a temporary file beside the original
 * and renamed over it, so a reader never sees half a file.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { LINE_ATTRIBUTES, type LineSource } from '../core/local-lines.js';
import { DEFAULT_STYLESHEET, HAVEN_TAGS, renderShadowRoot, type HavenTag } from './render.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A problem in a file, reported as `file:line: message`. */
export class RenderError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
  }
}

/** Parse errors that mean the file is cut off or broken wherever they are ("eof-in-tag", "eof-before-tag-name"…). */
const FATAL = /^eof-/;
/**
 * Parse errors that leave the tree as the author meant it, which every browser reads the same way: a file with no
 * doctype (a CMS partial or an include that starts with a Haven tag), `&amp` or `&nbsp` without their semicolon.
 */
const HARMLESS = new Set(['missing-doctype', 'missing-semicolon-after-character-reference', 'unknown-named-character-reference']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

const isElement = (node: Node): node is Element => 'tagName' in node;
const isHaven = (el: Element): el is Element & { tagName: HavenTag } => (HAVEN_TAGS as readonly string[]).includes(el.tagName);
const attributeOf = (el: Element, name: string) => el.attrs.find((attr) => attr.name === name && !attr.prefix)?.value;

/** Every element in document order (not inside <template> contents, which are inert). */
function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  for (const child of 'childNodes' in node ? node.childNodes : []) yield* elements(child);
}

/** The nearest `lang` on the element or an ancestor, as core/locale.ts finds it in the browser. */
function langOf(el: Element): string | undefined {
  for (let node: Node | null = el; node && isElement(node); node = node.parentNode as Node | null) {
    const lang = attributeOf(node, 'lang');
    if (lang !== undefined) return lang;
  }
  return undefined;
}

/** The markup of the clinic's local lines, which are not elements of their own but data for the Haven elements. */
const LINE_TAGS = ['haven-line', 'haven-lines'];

/**
 * `<haven-line>` children of `parent`, any nested in them (an HTML `<haven-line … />` is not closed), and those of a
 * `<haven-lines>` child (a list written inside the element), as in the browser.
 */
function lineElements(parent: Element | undefined, into: Element[] = [], depth = 0): Element[] {
  if (!parent || depth > 8) return into;
  for (const child of parent.childNodes) {
    if (!isElement(child) || !LINE_TAGS.includes(child.tagName)) continue;
    if (child.tagName === 'haven-line') into.push(child);
    lineElements(child, into, depth + 1);
  }
  return into;
}

/**
 * The element's local lines as the browser reads them (core/haven-element.ts): the `<haven-lines>` its `lines` names
 * (anywhere in the file: the browser reads it once the page has loaded), then its own `<haven-line>` children.
 */
function linesOf(el: Element, all: readonly Element[]): LineSource[] {
  const id = attributeOf(el, 'lines')?.trim();
  const list = id ? all.find((other) => attributeOf(other, 'id') === id) : undefined;
  const source = (line: Element): LineSource => Object.fromEntries(LINE_ATTRIBUTES.map((name) => [name, attributeOf(line, name) ?? null]));
  return [...lineElements(list?.tagName === 'haven-lines' ? list : undefined), ...lineElements(el)].map(source);
}

/** The clinic's own sections in a guide are read in the browser; pre-rendering cannot know their titles. */
const hasClinicSections = (el: Element) =>
  el.childNodes.some((child) => isElement(child) && /^(section-|extra$)/.test(attributeOf(child, 'slot') ?? ''));

/** The declarative shadow root an earlier run put first in the element, if there is one. */
function earlierShadowRoot(el: Element): Element | undefined {
  const first = el.childNodes.find((child) => isElement(child) || ('value' in child && child.value.trim()));
  return first && isElement(first) && first.tagName === 'template' && attributeOf(first, 'shadowrootmode') !== undefined ? first : undefined;
}

export interface RenderFileResult {
  html: string;
  rendered: number;
  /** Elements left as they were, with the reason (`file:line: …`). */
  skipped: string[];
}

/** The HTML of `source` (read from `file`, named in messages) with every Haven element pre-rendered. */
export function renderHtml(source: string, file: string, stylesheet = DEFAULT_STYLESHEET): RenderFileResult {
  const errors: ParserError[] = [];
  const document = parse(source, { sourceCodeLocationInfo: true, onParseError: (error) => errors.push(error) });
  const all = [...elements(document)];
  // A Haven tag inside <svg> or <math> is foreign content that never becomes a custom element: left as it is.
  const haven = all.filter((el) => isHaven(el) && el.namespaceURI === HTML_NS);
  const foreign = all.filter((el) => isHaven(el) && el.namespaceURI !== HTML_NS);
  const unknown = all.find((el) => el.tagName.startsWith('haven-') && !isHaven(el) && !LINE_TAGS.includes(el.tagName));
  if (unknown) {
    throw new RenderError(file, unknown.sourceCodeLocation?.startLine ?? 0, `unknown Haven element <${unknown.tagName}>; Haven has ${HAVEN_TAGS.join(', ')}`);
  }
  // A shadow root an earlier run wrote is replaced whole, and Lit's serialisation has a quirk a parser reports
  // (`<?>`, a bogus comment): errors inside one do not count.
  const earlier = haven.map(earlierShadowRoot).flatMap((el) => (el?.sourceCodeLocation ? [el.sourceCodeLocation] : []));
  for (const error of errors) {
    if (HARMLESS.has(error.code)) continue;
    const inside = (start: number, end: number) => error.startOffset >= start && error.startOffset < end;
    const inHaven =
      haven.some((el) => el.sourceCodeLocation && inside(el.sourceCodeLocation.startOffset, el.sourceCodeLocation.endTag?.endOffset ?? source.length)) &&
      !earlier.some((at) => inside(at.startOffset, at.endOffset));
    if (FATAL.test(error.code) || inHaven) throw new RenderError(file, error.startLine, `malformed HTML (${error.code})`);
  }
  const counts = new Map<string, number>();
  for (const el of haven) counts.set(el.tagName, (counts.get(el.tagName) ?? 0) + 1);
  const seen = new Map<string, number>();
  const edits: { start: number; end: number; text: string }[] = [];
  const skipped = foreign.map(
    (el) => `${file}:${el.sourceCodeLocation?.startLine ?? 0}: <${el.tagName}> inside <svg> or <math> never becomes an element; it is left as it is`,
  );
  for (const el of haven) {
    const at = el.sourceCodeLocation;
    const line = at?.startLine ?? 0;
    // The browser numbers copies of one element in document order ("(2)" in the landmark's name); so does this.
    const number = (seen.get(el.tagName) ?? 0) + 1;
    seen.set(el.tagName, number);
    if (!at?.startTag || !at.endTag) throw new RenderError(file, line, `<${el.tagName}> is not closed`);
    if (el.tagName === 'haven-recovery-guide' && hasClinicSections(el)) {
      skipped.push(`${file}:${line}: <haven-recovery-guide> with the clinic's own sections is left for the browser to render`);
      continue;
    }
    const shadow = renderShadowRoot(
      el.tagName,
      el.attrs.filter((attr) => !attr.prefix).map((attr) => [attr.name, attr.value]),
      { lang: langOf(el), stylesheet, landmarkNumber: (counts.get(el.tagName) ?? 0) > 1 ? number : 0, lines: linesOf(el, all) },
    );
    // A shadow root from an earlier run is replaced, so running the command twice changes nothing more.
    const old = earlierShadowRoot(el);
    const oldAt = old?.sourceCodeLocation;
    if (old && oldAt?.endTag) edits.push({ start: oldAt.startOffset, end: oldAt.endTag.endOffset, text: shadow });
    else edits.push({ start: at.startTag.endOffset, end: at.startTag.endOffset, text: shadow });
  }
  let html = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) html = html.slice(0, edit.start) + edit.text + html.slice(edit.end);
  return { html, rendered: edits.length, skipped };
}

/**
 * The file's text, which must be UTF-8 (a byte-order mark is kept): a page in another encoding (windows-1252's "é")
 * would be written back with replacement characters, so it is refused, naming the first line that is not UTF-8.
 */
function utf8(bytes: Buffer, file: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return strict.decode(bytes);
  } catch {
    // The first line that does not decode on its own (a newline byte never occurs inside a UTF-8 character).
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i += 1) {
      if (i < bytes.length && bytes[i] !== 0x0a) continue;
      try {
        strict.decode(bytes.subarray(start, i));
      } catch {
        break;
      }
      line += 1;
      start = i + 1;
    }
    throw new RenderError(file, line, 'not UTF-8 text; save the page as UTF-8 (haven-render writes UTF-8 and would change other characters)');
  }
}

/** Pre-renders `file` in place, atomically: the original stays as it was unless the new one is complete. */
export function renderFile(file: string, stylesheet?: string): RenderFileResult {
  let bytes: Buffer;
  let mode: number;
  let target: string;
  try {
    // A symbolic link is followed: the page it points to is rendered, and the link stays a link.
    target = realpathSync(file);
    bytes = readFileSync(target);
    mode = statSync(target).mode;
  } catch (error) {
    throw new RenderError(file, 0, `cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const source = utf8(bytes, file);
  const result = renderHtml(source, file, stylesheet);
  if (result.html === source) return result;
  const temp = join(dirname(target), `.${basename(target)}.haven-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, result.html, { mode, flag: 'wx' });
    renameSync(temp, target);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Never created.
    }
    throw new RenderError(file, 0, `cannot write the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return result;
}

const USAGE = 'usage: haven-render [--stylesheet URL] FILE.html…\n  Pre-renders every Haven element in each file, in place.';

/** The command: returns its exit code. */
export function main(args: string[], out = process.stdout, err = process.stderr): number {
  let stylesheet: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      out.write(`${USAGE}\n  --stylesheet URL  where pages load haven.css (default ${DEFAULT_STYLESHEET})\n`);
      return 0;
    }
    if (arg === '--stylesheet') stylesheet = args[++i];
    else if (arg.startsWith('--stylesheet=')) stylesheet = arg.slice('--stylesheet='.length);
    else if (arg.startsWith('-') && arg !== '-') {
      err.write(`haven-render: unknown option ${arg}\n${USAGE}\n`);
      return 2;
    } else files.push(arg);
  }
  if (!files.length || (stylesheet !== undefined && !stylesheet)) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    try {
      const { rendered, skipped } = renderFile(file, stylesheet);
      for (const note of skipped) err.write(`haven-render: ${note}\n`);
      out.write(`haven-render: ${file}: ${rendered} element${rendered === 1 ? '' : 's'} pre-rendered\n`);
    } catch (error) {
      failed = true;
      err.write(`haven-render: ${error instanceof RenderError ? error.message : `${file}: ${(error as Error).message}`}\n`);
    }
  }
  return failed ? 1 : 0;
}
