// What the build derives from custom-elements.json (scripts/manifest-outputs.mjs) against the manifest itself: the
// editors' web-types.json (JetBrains) and vscode.html-custom-data.json (VS Code) list every element and attribute
// with its allowed values, events, slots, parts and custom properties; the shipped JSX (React, Preact) and Vue types
// name every attribute and event; package.json points at all of them. (examples/typescript/ then type-checks an app
// against the packed types, with misspellings that must fail.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const json = (path) => JSON.parse(read(path));

const manifest = json('custom-elements.json');
const elements = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName);
const { REGIONS } = await import(new URL('dist/index.js', root));
const names = (list) => (list ?? []).map((item) => item.name).sort();

/** The values each attribute must offer: its type's string literals, the region codes, the heading levels. */
function expectedValues(attribute) {
  if (attribute.name === 'region') return Object.keys(REGIONS);
  if (attribute.name === 'heading-level') return ['2', '3', '4', '5', '6'];
  const literals = [...(attribute.type?.text ?? '').matchAll(/'([^']*)'/g)].map((m) => m[1]);
  return literals.length ? literals : undefined;
}

test('the manifest has the three elements, with word-valued attributes to list', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), ['haven-crisis-banner', 'haven-recovery-guide', 'haven-warning-signs']);
  const listed = elements.flatMap((e) => e.attributes.filter((a) => expectedValues(a)).map((a) => a.name));
  assert.ok(['variant', 'layout', 'region', 'heading-level'].every((name) => listed.includes(name)), listed.join(' '));
});

test('web-types.json lists every element, attribute and allowed value, event, slot, part and custom property', () => {
  const webTypes = json('web-types.json');
  const { name, version } = json('package.json');
  assert.equal(webTypes.name, name);
  assert.equal(webTypes.version, version);
  const listed = webTypes.contributions.html.elements;
  assert.deepEqual(names(listed), names(elements.map((e) => ({ name: e.tagName }))));
  for (const element of elements) {
    const entry = listed.find((e) => e.name === element.tagName);
    assert.deepEqual(names(entry.attributes), names(element.attributes), element.tagName);
    for (const attribute of element.attributes) {
      const values = entry.attributes.find((a) => a.name === attribute.name).values?.map((v) => v.name);
      assert.deepEqual(values, expectedValues(attribute), `${element.tagName} ${attribute.name}`);
    }
    assert.deepEqual(names(entry.js.events), names(element.events), `${element.tagName} events`);
    assert.deepEqual(names(entry.slots), names(element.slots), `${element.tagName} slots`);
    assert.deepEqual(names(entry.css.parts), names(element.cssParts), `${element.tagName} parts`);
    assert.deepEqual(names(entry.css.properties), names(element.cssProperties), `${element.tagName} custom properties`);
  }
});

test('vscode.html-custom-data.json lists every element, attribute and allowed value', () => {
  const data = json('vscode.html-custom-data.json');
  assert.equal(data.version, 1.1);
  assert.deepEqual(names(data.tags), names(elements.map((e) => ({ name: e.tagName }))));
  for (const element of elements) {
    const tag = data.tags.find((t) => t.name === element.tagName);
    assert.ok(tag.description.value.length > 20, element.tagName);
    assert.deepEqual(names(tag.attributes), names(element.attributes), element.tagName);
    for (const attribute of element.attributes) {
      const values = tag.attributes.find((a) => a.name === attribute.name).values?.map((v) => v.name);
      assert.deepEqual(values, expectedValues(attribute), `${element.tagName} ${attribute.name}`);
    }
  }
});

/** One tag's entry in a generated .d.ts: from its name to the line that closes its type arguments. */
const block = (types, tag) => types.slice(types.indexOf(`'${tag}': `)).split(/\n\s*>;\n/)[0];

for (const [file, attributeName] of [
  ['dist/types/jsx-react.d.ts', (a) => `'${a.name}'?:`],
  ['dist/types/jsx-preact.d.ts', (a) => `'${a.name}'?:`],
  ['dist/types/vue.d.ts', (a) => `${a.fieldName}?:`],
]) {
  test(`${file} types every attribute and event of every element`, () => {
    const types = read(file);
    for (const element of elements) {
      const entry = block(types, element.tagName);
      assert.ok(entry.length > 100, element.tagName);
      for (const attribute of element.attributes.filter((a) => a.name !== 'lang')) {
        assert.ok(entry.includes(attributeName(attribute)), `${element.tagName} ${attribute.name}`);
        const values = expectedValues(attribute);
        if (values && attribute.type?.text?.includes("'")) {
          assert.ok(entry.includes(values.map((v) => `'${v}'`).join(' | ')), `${element.tagName} ${attribute.name} values`);
        }
      }
      for (const event of element.events) {
        const typed = file.endsWith('vue.d.ts') ? `'${event.name}': HavenEvent<'${event.name}'>` : `'on${event.name}'?: (event: HavenEvent<'${event.name}'>) => void`;
        assert.ok(entry.includes(typed), `${element.tagName} ${event.name}`);
      }
    }
  });
}

test('package.json points at the types and the editors’ files, and ships them', () => {
  const pkg = json('package.json');
  assert.deepEqual(pkg.exports['./types/react'], { types: './dist/types/jsx-react.d.ts' });
  assert.deepEqual(pkg.exports['./types/preact'], { types: './dist/types/jsx-preact.d.ts' });
  assert.deepEqual(pkg.exports['./types/vue'], { types: './dist/types/vue.d.ts' });
  assert.equal(pkg['web-types'], './web-types.json');
  assert.equal(pkg.exports['./web-types.json'], './web-types.json');
  assert.equal(pkg.exports['./vscode.html-custom-data.json'], './vscode.html-custom-data.json');
  assert.ok(pkg.files.includes('web-types.json') && pkg.files.includes('vscode.html-custom-data.json'));
});
