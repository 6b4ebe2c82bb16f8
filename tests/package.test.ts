// The package as other people's tools see it: the Custom Elements Manifest (custom-elements.json) agrees with the
// running code, `npm pack` ships what package.json promises (and every link its Markdown files make), and
// dist/haven.min.js.sri is the script's real Subresource Integrity hash. `npm test` regenerates the manifest first;
// tests/node/manifest-outputs.test.mjs checks what is generated from it (types, editor data).
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../src/define.js';
import { HavenCrisisBanner } from '../src/crisis-banner/crisis-banner.js';
import { HavenRecoveryGuide } from '../src/recovery-guide/recovery-guide.js';
import { HavenWarningSigns } from '../src/warning-signs/warning-signs.js';
// The checklist's answers for pre-rendered pages whose script never runs (installed by the server renderer and
// haven-hydrate.min.js); rendered below the way a hydrating element first renders.
import '../src/warning-signs/no-script.js';
import { SIGNS, TIERS } from '../src/content/signs.js';
import { blankFrame } from './page-helpers.js';

interface Named {
  name: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  attributes?: (Named & { fieldName?: string })[];
  members?: (Named & { kind: string; attribute?: string; static?: boolean })[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string }[] }[];
}

const ELEMENTS = {
  'haven-crisis-banner': HavenCrisisBanner,
  'haven-warning-signs': HavenWarningSigns,
  'haven-recovery-guide': HavenRecoveryGuide,
} as const;
type Tag = keyof typeof ELEMENTS;
const TAGS = Object.keys(ELEMENTS) as Tag[];

let manifest: Manifest;
const declaration = (tag: Tag) => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  if (!found) throw new Error(`custom-elements.json has no class for <${tag}>`);
  return found;
};
const names = (list: Named[] | undefined) => new Set((list ?? []).map((item) => item.name));

async function make(tag: Tag, attrs = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  const el = host.querySelector(tag) as LitElement;
  await elementUpdated(el);
  return el;
}

const partsIn = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/).filter(Boolean));

/**
 * Every part each element renders, across the states a patient or a clinic can reach: each region kind, compact and
 * expanded, each checklist tier, both guide layouts, a clinic number that is not a phone number.
 */
async function renderedParts(): Promise<Record<Tag, Set<string>>> {
  const seen = { 'haven-crisis-banner': new Set<string>(), 'haven-warning-signs': new Set<string>(), 'haven-recovery-guide': new Set<string>() };
  const collect = (tag: Tag, el: Element) => partsIn(el).forEach((part) => seen[tag].add(part));
  // The clinic's local lines (#19 item 3), one of each kind, one with a web address, shared through lines="…".
  if (!document.getElementById('package-lines')) {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<haven-lines id="package-lines">${['clinic', 'mental-health', 'support']
        .map((kind) => `<haven-line name="${kind}" phone="(703) 555-0142" url="https://example.org/" kind="${kind}"></haven-line>`)
        .join('')}</haven-lines>`,
    );
  }
  const variants = ['lines="package-lines" clinic-name="A" clinic-phone="(703) 437-0001" clinic-hours="Mo-Fr 08:00-17:00" clinic-time-zone="America/New_York"', 'region="GB" clinic-phone="not a number"', 'region="ZZ"'];
  for (const attrs of variants) {
    for (const variant of ['full', 'compact']) {
      const banner = await make('haven-crisis-banner', `${attrs} variant="${variant}"`);
      banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
      await elementUpdated(banner);
      collect('haven-crisis-banner', banner);
    }
    const checklist = await make('haven-warning-signs', attrs);
    for (const tier of TIERS) {
      // Clicked as a patient would, so each box sends its own change event.
      for (const box of checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
        if (box.checked !== (SIGNS.find((sign) => sign.id === box.value)?.tier === tier)) box.click();
      }
      await elementUpdated(checklist);
      collect('haven-warning-signs', checklist);
    }
    // "Print my answers": its sheet exists only while printing (window.print stubbed, then afterprint).
    const print = window.print;
    let printed = false;
    window.print = () => {
      collect('haven-warning-signs', checklist);
      printed = true;
    };
    try {
      checklist.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
      for (let i = 0; i < 20 && !printed; i += 1) await new Promise((r) => setTimeout(r, 10));
    } finally {
      window.print = print;
      window.dispatchEvent(new Event('afterprint'));
    }
    // The first render of a pre-rendered checklist (ssr/prerendered-root.ts sets `prerendered`), caught in updated().
    const first = document.createElement('haven-warning-signs') as HavenWarningSigns & { updated(changed: unknown): void };
    first.prerendered = true;
    const updated = first.updated;
    first.updated = function (changed: unknown) {
      collect('haven-warning-signs', this);
      updated.call(this, changed);
    };
    document.body.append(first);
    await first.updateComplete;
    first.remove();
    for (const layout of ['page', 'steps']) {
      const guide = await make('haven-recovery-guide', `${attrs} layout="${layout}"`);
      collect('haven-recovery-guide', guide);
    }
  }
  return seen;
}

describe('package', () => {
  before(async () => {
    const response = await fetch('/custom-elements.json');
    expect(response.ok, 'custom-elements.json exists (npm run analyze)').to.equal(true);
    manifest = await response.json();
  });

  describe('custom-elements.json', () => {
    it('declares each tag, registered by define.js and by its own entry', () => {
      const definitions = (path: string) =>
        manifest.modules
          .find((m) => m.path === path)
          ?.exports?.filter((e) => e.kind === 'custom-element-definition')
          .map((e) => e.name);
      expect(definitions('src/define.ts')).to.have.members(TAGS);
      for (const tag of TAGS) {
        expect(declaration(tag).name).to.equal(ELEMENTS[tag].name);
        expect(definitions(`src/${tag.replace('haven-', '')}/define.ts`), tag).to.deep.equal([tag]);
      }
    });

    it('lists every attribute and property the code reads', () => {
      for (const tag of TAGS) {
        const ctor = ELEMENTS[tag] as unknown as typeof LitElement;
        const documented = names(declaration(tag).attributes);
        const fields = new Map((declaration(tag).members ?? []).map((m) => [m.name, m]));
        const read = new Set(ctor.observedAttributes);
        for (const [property, options] of ctor.elementProperties) {
          if (options.state) continue;
          const attribute = options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase();
          if (attribute) read.add(attribute);
          expect(fields.get(String(property))?.attribute, `${tag} property ${String(property)}`).to.equal(attribute);
        }
        expect(read.size, tag).to.be.greaterThan(5);
        expect([...read].filter((name) => !documented.has(name)), `${tag}: attributes missing from the manifest`).to.deep.equal([]);
      }
    });

    it('lists every part each element renders, and no part it never renders', async () => {
      const rendered = await renderedParts();
      for (const tag of TAGS) {
        const documented = names(declaration(tag).cssParts);
        expect([...rendered[tag]].filter((p) => !documented.has(p)), `${tag}: parts missing from the manifest`).to.deep.equal([]);
        expect([...documented].filter((p) => !rendered[tag].has(p)), `${tag}: documented parts never rendered`).to.deep.equal([]);
      }
    });

    it('lists every --haven-* custom property the styles read', () => {
      for (const tag of TAGS) {
        const styles = (ELEMENTS[tag] as unknown as typeof LitElement).elementStyles;
        const css = styles.map((style) => (style as { cssText?: string }).cssText ?? '').join('\n');
        const used = new Set(css.match(/--haven-[a-z-]+/g));
        expect(used.size, tag).to.be.greaterThan(5);
        const documented = names(declaration(tag).cssProperties);
        expect([...used].filter((p) => !documented.has(p)), `${tag}: custom properties missing`).to.deep.equal([]);
      }
    });

    it('lists the slots the guide renders', async () => {
      const guide = await make('haven-recovery-guide');
      const rendered = [...guide.shadowRoot!.querySelectorAll('slot')].map((slot) => slot.name);
      expect(rendered).to.have.length.greaterThan(1);
      expect(rendered.filter((name) => !names(declaration('haven-recovery-guide').slots).has(name))).to.deep.equal([]);
    });

    it('lists every event the elements fire', async () => {
      const fired = new Map<Tag, Set<string>>(TAGS.map((tag) => [tag, new Set()]));
      // Links stay on the test page; checkboxes still toggle.
      const stay = (e: Event) => e.composedPath().some((node) => node instanceof HTMLAnchorElement) && e.preventDefault();
      document.addEventListener('click', stay);
      try {
        for (const tag of TAGS) {
          const el = await make(tag, 'clinic-phone="(703) 437-0001"');
          for (const type of ['haven-contact', 'haven-triage-change']) el.addEventListener(type, () => fired.get(tag)!.add(type));
          // The checklist shows call links once a sign is checked.
          el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')?.click();
          await elementUpdated(el);
          el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
        }
      } finally {
        document.removeEventListener('click', stay);
      }
      expect([...fired.get('haven-warning-signs')!]).to.include('haven-triage-change');
      for (const tag of TAGS) {
        expect(fired.get(tag)!.size, tag).to.be.greaterThan(0);
        const documented = names(declaration(tag).events);
        expect([...fired.get(tag)!].filter((e) => !documented.has(e)), `${tag}: events missing`).to.deep.equal([]);
      }
      expect([...names(declaration('haven-warning-signs').events)]).to.include.members(['haven-triage-change', 'haven-contact']);
    });
  });

  describe('npm pack', () => {
    let files: string[];
    let pkg: Record<string, unknown> & { exports: Record<string, string | Record<string, string>>; sideEffects: string[] };

    before(async function () {
      this.timeout(60_000);
      files = await executeServerCommand<string[], undefined>('haven-npm-pack');
      pkg = await (await fetch('/package.json')).json();
    });

    it('ships the built files, the manifest, the editors’ data, the docs, CHANGELOG and LICENSE, and nothing else', () => {
      expect(files).to.include.members([
        'package.json',
        'README.md',
        'CHANGELOG.md',
        'LICENSE',
        'docs/frameworks.md',
        'custom-elements.json',
        'web-types.json',
        'vscode.html-custom-data.json',
        'dist/react.js',
        'dist/types/react/index.d.ts',
        'dist/types/jsx-react.d.ts',
        'dist/types/jsx-preact.d.ts',
        'dist/types/vue.d.ts',
        'dist/haven.min.js',
        'dist/haven.min.js.sri',
        'dist/index.js',
        'dist/define.js',
        'dist/crisis-banner.js',
        'dist/warning-signs.js',
        'dist/recovery-guide.js',
        'dist/types/index.d.ts',
        'dist/types/define.d.ts',
      ]);
      const allowed = /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|custom-elements\.json|web-types\.json|vscode\.html-custom-data\.json|docs\/[\w-]+\.md|dist\/.+)$/;
      expect(files.filter((file) => !allowed.test(file))).to.deep.equal([]);
      expect(files.filter((file) => /(^|\/)(src|tests|examples|demo|scripts|node_modules)\//.test(file) && !file.startsWith('dist/types/'))).to.deep.equal([]);
    });

    it('ships no chunk that no entry imports (a leftover of an earlier build)', async () => {
      const reachable = new Set<string>();
      const visit = async (file: string) => {
        if (reachable.has(file)) return;
        reachable.add(file);
        const source = await (await fetch(`/${file}`)).text();
        for (const [, spec] of source.matchAll(/(?:from|import)\s*["'](\.\.?\/[^"']+)["']/g)) {
          await visit(new URL(spec, `https://x/${file}`).pathname.slice(1));
        }
      };
      for (const entry of ['index.js', 'define.js', 'crisis-banner.js', 'warning-signs.js', 'recovery-guide.js', 'ssr.js', 'haven-render.js']) {
        await visit(`dist/${entry}`);
      }
      const chunks = files.filter((file) => file.startsWith('dist/chunks/'));
      expect(chunks.filter((file) => !reachable.has(file))).to.deep.equal([]);
    });

    it('has every file that package.json points to', () => {
      const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
      targets.push(...pkg.sideEffects, String(pkg.types), String(pkg.main), String(pkg.customElements), String(pkg['web-types']));
      targets.push(...Object.values(pkg.bin as Record<string, string>));
      for (const target of targets) expect(files, target).to.include(target.replace(/^\.\//, ''));
      // Only files that register tags (haven-elements/ssr in Lit's server registry) or run (the haven-render
      // command) are marked as having side effects.
      expect(pkg.sideEffects).to.have.members([
        './dist/define.js',
        './dist/crisis-banner.js',
        './dist/warning-signs.js',
        './dist/recovery-guide.js',
        './dist/react.js',
        './dist/haven.min.js',
        './dist/haven-hydrate.min.js',
        './dist/ssr.js',
        './dist/haven-render.js',
      ]);
    });

    it('has a working link for every relative link in the Markdown it ships', async () => {
      const markdown = files.filter((file) => file.endsWith('.md'));
      expect(markdown).to.include.members(['README.md', 'CHANGELOG.md', 'docs/frameworks.md']);
      const broken: string[] = [];
      for (const file of markdown) {
        const text = await (await fetch(`/${file}`)).text();
        // Code blocks hold examples, not links.
        const prose = text.replace(/```[\s\S]*?```/g, '');
        for (const [, target] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
          if (/^(https?:|mailto:|#)/.test(target)) continue;
          const path = new URL(target, `https://x/${file}`).pathname.slice(1);
          if (!files.includes(decodeURIComponent(path))) broken.push(`${file} → ${target}`);
        }
      }
      expect(broken).to.deep.equal([]);
    });

    it('says where it comes from, under which licence, and builds dist/ when installed from git', () => {
      expect(pkg.license).to.equal('MIT');
      const repository = pkg.repository as { url: string };
      expect(repository.url).to.match(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
      expect(String(pkg.homepage)).to.match(/^https:\/\//);
      expect((pkg.bugs as { url: string }).url).to.match(/^https:\/\/.+\/issues$/);
      const scripts = pkg.scripts as Record<string, string>;
      expect(scripts.prepare).to.equal('npm run build:package');
      expect(scripts['build:package']).to.include('rollup -c');
    });
  });

  describe('Subresource Integrity', () => {
    let sri: string;
    before(async () => {
      sri = (await (await fetch('/dist/haven.min.js.sri')).text()).trim();
    });

    it('dist/haven.min.js.sri is the sha384 of dist/haven.min.js', async () => {
      const bytes = await (await fetch('/dist/haven.min.js')).arrayBuffer();
      const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
      expect(sri).to.equal(`sha384-${btoa(String.fromCharCode(...digest))}`);
    });

    it('lets the browser run the script with that hash, and refuses it with another', async () => {
      const load = async (integrity: string) => {
        const frame = await blankFrame('sri');
        const doc = frame.contentDocument!;
        const script = doc.createElement('script');
        script.src = '/dist/haven.min.js';
        script.integrity = integrity;
        script.crossOrigin = 'anonymous';
        const loaded = await new Promise<boolean>((resolve) => {
          script.onload = () => resolve(true);
          script.onerror = () => resolve(false);
          doc.head.append(script);
        });
        return { loaded, defined: !!frame.contentWindow!.customElements.get('haven-crisis-banner') };
      };
      expect(await load(sri)).to.deep.equal({ loaded: true, defined: true });
      const wrong = `sha384-${btoa('x'.repeat(48))}`;
      expect(await load(wrong)).to.deep.equal({ loaded: false, defined: false });
    });
  });
});
