// haven-elements/ssr and the haven-render command in Node (#16), from the built dist/: every element in both
// languages, every region and every variant and layout renders with a declarative shadow root that links haven.css;
// the hostile values the browser tests use (tests/hostile-values.ts) go through renderHaven and come out as the same
// text, never as markup; pages keep every byte outside the Haven elements; broken input fails with file and line
// and leaves the file as it was.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parseFragment } from 'parse5';

const dist = new URL('../../dist/', import.meta.url);
const { renderHaven, renderHtml, havenStylesheet, HAVEN_TAGS, RenderError } = await import(new URL('ssr.js', dist));
const { REGIONS } = await import(new URL('index.js', dist));
const bin = fileURLToPath(new URL('haven-render.js', dist));

/** tests/hostile-values.ts, compiled on the fly (Node 20 runs no TypeScript). */
async function hostileValues() {
  const out = await build({ entryPoints: [fileURLToPath(new URL('../hostile-values.ts', import.meta.url))], write: false, format: 'esm', logLevel: 'silent' });
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`;
  return (await import(url)).HOSTILE_VALUES;
}

/** Runs `fn` with Haven's console warnings (about the bad values these tests pass on purpose) kept quiet. */
function quietly(fn) {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.warn = warn;
  }
}

/** Every node in a parse5 tree, template contents included. */
function* nodes(node) {
  yield node;
  for (const child of node.childNodes ?? []) yield* nodes(child);
  if (node.content) yield* nodes(node.content);
}

const attr = (el, name) => el.attrs?.find((a) => a.name === name)?.value;

/** The one element renderHaven returned, checked for anything that could run or load. */
function parsed(html, tag) {
  const top = parseFragment(html).childNodes;
  assert.equal(top.length, 1, 'one element, nothing after it');
  const [el] = top;
  assert.equal(el.tagName, tag);
  const template = el.childNodes[0];
  assert.equal(template.tagName, 'template');
  assert.equal(attr(template, 'shadowrootmode'), 'open');
  for (const node of nodes(template.content)) {
    if (!node.tagName) continue;
    assert.ok(!['script', 'style', 'iframe', 'img', 'svg', 'object', 'embed', 'base', 'form'].includes(node.tagName), `no <${node.tagName}>`);
    for (const a of node.attrs) {
      assert.ok(!/^on/i.test(a.name) && a.name !== 'style' && a.name !== 'srcdoc', `no ${a.name}=`);
    }
    if (node.tagName === 'a') assert.match(attr(node, 'href') ?? '', /^(tel:|sms:|https?:)/, 'link scheme');
    if (node.tagName === 'link') assert.equal(attr(node, 'rel'), 'stylesheet');
  }
  return { el, content: template.content };
}

test('every element, language, region, variant and layout renders with a shadow root that links haven.css', () => {
  const shapes = {
    'haven-crisis-banner': [{ variant: 'auto' }, { variant: 'full' }, { variant: 'compact' }],
    'haven-warning-signs': [{}],
    'haven-recovery-guide': [{ layout: 'page' }, { layout: 'steps' }],
  };
  let count = 0;
  for (const tag of HAVEN_TAGS) {
    for (const shape of shapes[tag]) {
      for (const lang of ['en', 'es']) {
        for (const region of Object.keys(REGIONS)) {
          const html = renderHaven(tag, { ...shape, region, 'clinic-phone': '(703) 437-0001' }, { lang });
          const { el, content } = parsed(html, tag);
          assert.equal(attr(el, 'lang'), lang);
          const base = [...nodes(content)].find((n) => n.tagName && (attr(n, 'part') ?? '').split(' ').includes('base'));
          assert.equal(attr(base, 'lang'), lang, `${tag} ${region} ${lang}`);
          const links = [...nodes(content)].filter((n) => n.tagName === 'a').map((n) => attr(n, 'href'));
          if (tag !== 'haven-warning-signs') assert.ok(links.some((h) => /^tel:(911|999|112|000|111)$/.test(h)), `${tag} ${region}: ${links}`);
          else assert.equal([...nodes(content)].filter((n) => n.tagName === 'input').length > 20, true);
          // No inline styles anywhere; the one stylesheet is the link, first in the shadow root.
          assert.doesNotMatch(html, /<style|\sstyle=/);
          assert.match(html, /^<[^>]+><template shadowrootmode="open"><link rel="stylesheet" href="\/assets\/haven\.css"><!--lit-part /);
          count += 1;
        }
      }
    }
  }
  assert.equal(count, 6 * 2 * Object.keys(REGIONS).length);
});

test('the stylesheet address is configurable and escaped', () => {
  const html = renderHaven('haven-crisis-banner', {}, { stylesheet: '/x/haven.css?v="1"><script>alert(1)</script>' });
  const { content } = parsed(html, 'haven-crisis-banner');
  assert.equal(attr(content.childNodes[0], 'href'), '/x/haven.css?v="1"><script>alert(1)</script>');
});

test('an unknown tag, an unknown attribute name or a value that is not text is an error that names it', () => {
  assert.throws(() => renderHaven('haven-crisis-banners'), /unknown tag "haven-crisis-banners"/);
  assert.throws(() => renderHaven('script'), /unknown tag "script"/);
  assert.throws(() => renderHaven('haven-crisis-banner', { onclick: 'alert(1)' }), /has no attribute "onclick"/);
  assert.throws(() => renderHaven('haven-crisis-banner', { 'x"><script>': '1' }), /has no attribute/);
  assert.throws(() => renderHaven('haven-crisis-banner', { style: 'color:red' }), /has no attribute "style"/);
  assert.throws(() => renderHaven('haven-crisis-banner', { region: { toString: () => 'US' } }), /region must be text or a number/);
  // Null and undefined leave an attribute out; numbers are written as their digits.
  assert.match(renderHaven('haven-crisis-banner', { region: null, 'clinic-phone': 7034370001 }), /^<haven-crisis-banner clinic-phone="7034370001">/);
});

/** The state of every opening-hours label in server HTML: '' ("Hours:") wherever the patient's clock is unknown. */
const hourStates = (html) => [...html.matchAll(/part="hours-status"[^>]*data-state="([^"]*)"|data-state="([^"]*)"[^>]*part="hours-status"/g)].map((m) => m[1] ?? m[2]);

test('opening hours (#19): the server writes the hours in words under "Hours:", never an open/closed status, which needs the patient’s clock', () => {
  for (const tag of HAVEN_TAGS) {
    const attrs = { region: 'GB', 'clinic-phone': '020 7946 0018', 'clinic-hours': 'Mo-Su 00:00-24:00' };
    const html = renderHaven(tag, tag === 'haven-crisis-banner' ? { ...attrs, variant: 'full' } : attrs);
    assert.ok(html.includes('clinic-hours="Mo-Su 00:00-24:00"'), tag);
    const states = hourStates(html);
    assert.ok(states.length > 0 && states.every((state) => state === ''), `${tag}: ${states}`);
    assert.ok(html.includes('Any time, day or night.'), `${tag} writes the clinic's hours`);
    // The labels not in use are hidden by the attribute too, so a page whose haven.css did not load shows one label.
    const shown = [...html.matchAll(/<span (hidden)?><!--lit-part-->(Hours:|Open now:|Closed now:)<!--/g)].filter((m) => !m[1]).map((m) => m[2]);
    assert.ok(shown.length === states.length && shown.every((label) => label === 'Hours:'), `${tag}: ${shown}`);
    if (tag !== 'haven-warning-signs') assert.ok(html.includes('01924 200799'), `${tag} still shows the Miscarriage Association`);
  }
});

test('local lines (#19 item 3): renderHaven renders options.lines and writes them as <haven-line> children; haven-render reads the children and the lines list and keeps them', async () => {
  const lines = [{ name: 'Early Pregnancy Unit', phone: '0113 392 6732', hours: 'Mo-Fr 08:00-17:00', kind: 'clinic' }];
  for (const tag of HAVEN_TAGS) {
    const html = renderHaven(tag, tag === 'haven-crisis-banner' ? { region: 'GB', variant: 'full' } : { region: 'GB' }, { lines });
    const [shadow, after] = html.split('</template>');
    if (tag !== 'haven-warning-signs') assert.ok(shadow.includes('Early Pregnancy Unit') && shadow.includes('tel:01133926732'), `${tag} shows the line`);
    assert.ok(hourStates(shadow).every((state) => state === ''), `${tag} has no status on the server`);
    assert.ok(
      after.startsWith('<haven-line name="Early Pregnancy Unit" phone="0113 392 6732" hours="Mo-Fr 08:00-17:00" kind="clinic"></haven-line>'),
      `${tag} keeps the line as a child: ${after.slice(0, 200)}`,
    );
  }
  // Hostile values are escaped; unknown keys and values that are not text are errors naming them.
  const values = await hostileValues();
  quietly(() => {
    for (const value of values.filter((_, i) => i % 3 === 0)) {
      const html = renderHaven('haven-crisis-banner', { variant: 'full' }, { lines: [{ name: value, phone: value, url: value, hours: value, 'time-zone': value, kind: value }] });
      const { el } = parsed(html, 'haven-crisis-banner');
      const child = el.childNodes.find((node) => node.tagName === 'haven-line');
      assert.equal(attr(child, 'name'), value.replace(/\r\n?/g, '\n'));
      assert.ok(!/<script|onerror=|javascript:/i.test(html.replace(/="[^"]*"/g, '')), 'no markup');
    }
  });
  assert.throws(() => renderHaven('haven-crisis-banner', {}, { lines: [{ onclick: 'x' }] }), /onclick/);
  assert.throws(() => renderHaven('haven-crisis-banner', {}, { lines: [{ name: 1 }] }), /name/);
  assert.throws(() => renderHaven('haven-crisis-banner', {}, { lines: 'x' }), /lines/);
  // haven-render: the element's children and its shared list, in the browser's order, kept byte for byte.
  const page = `<!doctype html><html lang="en"><body>
<haven-lines id="ll"><haven-line name="Bereavement Midwife" phone="0113 555 0102"></haven-line></haven-lines>
<haven-crisis-banner region="GB" variant="full" lines="ll"><haven-line name="Early Pregnancy Unit" phone="0113 392 6732" kind="clinic"></haven-line></haven-crisis-banner>
</body></html>`;
  const { html, rendered } = quietly(() => renderHtml(page, 'page.html'));
  assert.equal(rendered, 1);
  const shadow = html.slice(html.indexOf('<template'), html.indexOf('</template>'));
  assert.ok(shadow.indexOf('Bereavement Midwife') > 0 && shadow.indexOf('Bereavement Midwife') < shadow.indexOf('Early Pregnancy Unit'), 'list first, then children');
  assert.ok(html.includes('</template><haven-line name="Early Pregnancy Unit" phone="0113 392 6732" kind="clinic"></haven-line></haven-crisis-banner>'));
  assert.ok(html.includes('<haven-lines id="ll"><haven-line name="Bereavement Midwife" phone="0113 555 0102"></haven-line></haven-lines>'));
});

test('every hostile value in every attribute of every element comes out as the same text, never as markup', async () => {
  const values = await hostileValues();
  assert.ok(values.length > 250, `${values.length} values`);
  let cases = 0;
  quietly(() => {
    for (const tag of HAVEN_TAGS) {
      const attributes = customElements.get(tag).observedAttributes;
      for (const name of attributes) {
        for (const value of values) {
          const html = renderHaven(tag, { [name]: value });
          const { el } = parsed(html, tag);
          // Parsing gives back exactly what was passed (the HTML parser turns CR LF into LF, as it would in a page).
          assert.equal(attr(el, name), value.replace(/\r\n?/g, '\n'), `${tag} ${name}`);
          cases += 1;
        }
      }
    }
  });
  assert.ok(cases > 7000, `${cases} cases`);
});

test('haven.css scopes every rule to its element', () => {
  const css = havenStylesheet();
  const built = readFileSync(new URL('haven.css', dist), 'utf8');
  assert.ok(built.endsWith(css), 'dist/haven.css is havenStylesheet()');
  for (const tag of HAVEN_TAGS) assert.ok(css.includes(`:host(${tag})`), tag);
  // Every selector of every style rule (inside @media and @container too) starts with :host(<a Haven tag>), but for
  // the checklist's own `:has` rules.
  const selectors = css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/@(media|container|supports)[^{]*\{/g, '')
    .match(/(^|[{}])[^{}@]+\{/g)
    .map((s) => s.replace(/^[{}]/, '').replace(/\{$/, '').trim())
    .filter(Boolean);
  assert.ok(selectors.length > 100);
  for (const list of selectors) {
    for (const selector of splitTopLevel(list)) {
      // Except the checklist's own `:has` rules (scope-css.ts: Firefox restyles them only without :host).
      if (/^\.checklist:has\(/.test(selector.trim())) continue;
      assert.match(selector.trim(), /^:host\(haven-(crisis-banner|warning-signs|recovery-guide)[)[:]/, list);
    }
  }
});

/** A selector list split at its top-level commas. */
function splitTopLevel(list) {
  const parts = [''];
  let depth = 0;
  for (const c of list) {
    if (c === '(') depth += 1;
    if (c === ')') depth -= 1;
    if (c === ',' && depth === 0) parts.push('');
    else parts[parts.length - 1] += c;
  }
  return parts;
}

const PAGE = [
  '<!DOCTYPE html>\r\n<HTML lang=es><head><meta charset=utf-8><title>Clínica &amp; más</title>',
  '<!-- a comment with <haven-crisis-banner> inside --></head>',
  "<body><p class=intro>Hola &eacute; <b>bold<i>mis</b>nested</i></p>",
  '<HAVEN-CRISIS-BANNER clinic-phone=\'(703) 437-0001\' Region="US"><p>Fallback <a href="tel:911">911</a></p></HAVEN-CRISIS-BANNER>',
  '<div lang="en"><haven-warning-signs></haven-warning-signs></div>',
  '<template><haven-crisis-banner></haven-crisis-banner></template>',
  '<haven-crisis-banner label="Footer"></haven-crisis-banner>',
  '<haven-recovery-guide><section slot="extra"><h2>Ours</h2></section></haven-recovery-guide>',
  '<script>document.title = "<haven-crisis-banner>";</script></body></HTML>\r\n',
].join('\n');
const stripShadowRoots = (html) => html.replace(/<template shadowrootmode="open">[\s\S]*?<\/template>/g, '');

test('renderHtml pre-renders every Haven element and leaves every other byte as it was', () => {
  const { html, rendered, skipped } = quietly(() => renderHtml(PAGE, 'page.html'));
  assert.equal(rendered, 3);
  assert.equal(stripShadowRoots(html), PAGE);
  // The guide with the clinic's own sections is left for the browser, with a note naming file and line.
  assert.equal(skipped.length, 1);
  assert.match(skipped[0], /^page\.html:9: <haven-recovery-guide>/);
  // Each element speaks the language of its nearest lang, as in the browser; the page's start tags are untouched.
  const doc = html.split('<haven-warning-signs>');
  assert.match(doc[0], /<HAVEN-CRISIS-BANNER clinic-phone='\(703\) 437-0001' Region="US"><template shadowrootmode="open">.*lang="es"/s);
  assert.match(doc[1], /^<template shadowrootmode="open">.*?<section class="checklist"[^>]*lang="en"/s);
  // Two banners on the page: the second is numbered in its landmark name, as the browser numbers it (the spans are
  // the first banner's, the checklist's and the second banner's).
  const spans = html.match(/<span id="landmark-number" hidden><!--lit-part-->[^<]*<!--\/lit-part--><\/span>/g);
  assert.deepEqual(spans.map((span) => span.includes(' (2)')), [false, false, true]);
  // A second run replaces the shadow roots it wrote: the same result.
  assert.equal(quietly(() => renderHtml(html, 'page.html')).html, html);
});

test('renderHtml rejects broken Haven markup with the file and line', () => {
  const cases = [
    ['<p>ok</p>\n<haven-crisis-banner>\n<p>never closed</p>', /^page\.html:2: <haven-crisis-banner> is not closed/],
    ['<p>\n\n<haven-warning-signs region="US" region="GB"></haven-warning-signs>', /^page\.html:3: malformed HTML \(duplicate-attribute\)/],
    ['<p>ok</p>\n<haven-crisis-banner></haven-crisis-banner>\n<!-- cut off', /^page\.html:3: malformed HTML \(eof-in-comment\)/],
    ['<p>ok</p>\n<haven-crisis-banner></haven-crisis-banner>\n<a href="x', /^page\.html:3: malformed HTML \(eof-in-tag\)/],
    ['\n<haven-crisis-baner></haven-crisis-baner>', /^page\.html:2: unknown Haven element <haven-crisis-baner>/],
    ['<p>ok</p>\n<haven-crisis-banner></haven-crisis-banner>\n<', /^page\.html:3: malformed HTML \(eof-before-tag-name\)/],
  ];
  for (const [source, message] of cases) {
    assert.throws(() => renderHtml(source, 'page.html'), (error) => error instanceof RenderError && message.test(error.message), source);
  }
});

test('npx haven-render: rewrites the file in place, and on bad input exits 1 naming file and line with the file untouched', () => {
  const dir = mkdtempSync(join(tmpdir(), 'haven-render-'));
  try {
    const good = join(dir, 'good.html');
    const bad = join(dir, 'bad.html');
    writeFileSync(good, PAGE);
    const broken = '<p>ok</p>\n<haven-crisis-banner>';
    writeFileSync(bad, broken);
    const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const ok = run('--stylesheet', '/static/haven.css', good);
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /good\.html: 3 elements pre-rendered/);
    const written = readFileSync(good, 'utf8');
    assert.equal(stripShadowRoots(written), PAGE);
    assert.match(written, /<link rel="stylesheet" href="\/static\/haven\.css">/);
    const failed = run(bad, join(dir, 'missing.html'));
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /bad\.html:2: <haven-crisis-banner> is not closed/);
    assert.match(failed.stderr, /missing\.html: cannot read the file \(ENOENT\)/);
    assert.equal(readFileSync(bad, 'utf8'), broken);
    // No temporary file is left behind, whether the run wrote or failed.
    assert.deepEqual(readdirSync(dir).sort(), ['bad.html', 'good.html']);
    assert.equal(run().status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('haven-render takes what browsers take: a partial with no doctype, a reference without its semicolon; a Haven tag inside <svg> is left alone', () => {
  // A CMS partial or include that starts with a Haven tag, and a comment before one.
  for (const source of ['<haven-crisis-banner region="GB"></haven-crisis-banner>\n', '<!-- banner -->\n<haven-crisis-banner></haven-crisis-banner>']) {
    const { html, rendered } = quietly(() => renderHtml(source, 'partial.html'));
    assert.equal(rendered, 1, source);
    assert.equal(stripShadowRoots(html), source);
  }
  const amp = '<haven-crisis-banner clinic-name="A &amp B"><p>Call us&nbsp now</p></haven-crisis-banner>';
  const { html } = quietly(() => renderHtml(amp, 'amp.html'));
  assert.match(html, /A &amp;(amp;)? B|A &amp B/);
  assert.equal(stripShadowRoots(html), amp);
  const svg = '<svg><haven-crisis-banner></haven-crisis-banner></svg>';
  const foreign = renderHtml(svg, 'svg.html');
  assert.equal(foreign.rendered, 0);
  assert.equal(foreign.html, svg);
  assert.match(foreign.skipped[0], /^svg\.html:1: <haven-crisis-banner> inside <svg> or <math>/);
});

test('haven-render refuses a page that is not UTF-8 (naming the line) and renders the page a symbolic link points to', async () => {
  const { symlinkSync, lstatSync } = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'haven-render-'));
  try {
    const run = (...args) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });
    const latin = join(dir, 'latin.html');
    const bytes = Buffer.concat([Buffer.from('<p>ok</p>\n<p>caf'), Buffer.from([0xe9]), Buffer.from('</p>\n<haven-crisis-banner></haven-crisis-banner>\n')]);
    writeFileSync(latin, bytes);
    const refused = run(latin);
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /latin\.html:2: not UTF-8 text/);
    assert.deepEqual(readFileSync(latin), bytes);
    // A byte-order mark is kept.
    const bom = join(dir, 'bom.html');
    writeFileSync(bom, `\uFEFF${PAGE}`);
    assert.equal(run(bom).status, 0);
    assert.equal(readFileSync(bom, 'utf8').charCodeAt(0), 0xfeff);
    const real = join(dir, 'real.html');
    const link = join(dir, 'link.html');
    writeFileSync(real, PAGE);
    symlinkSync(real, link);
    const linked = run(link);
    assert.equal(linked.status, 0, linked.stderr);
    assert.equal(lstatSync(link).isSymbolicLink(), true);
    assert.match(readFileSync(real, 'utf8'), /shadowrootmode/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
