// The drop-in script exactly as a clinic uses it: a plain <script src> on a page, no module imports.
// This file imports nothing from src/, so the tags here come only from dist/haven.min.js.
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { captureWarnings } from './helpers.js';
import { blankFrame, loadScript as loadInto } from './page-helpers.js';

const loadScript = (src: string) => loadInto(document, src);

describe('dist/haven.min.js', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);

  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('is a classic script with no import or export statements', async () => {
    const source = await (await fetch('/dist/haven.min.js')).text();
    expect(source).not.to.match(/^\s*(import|export)\s/m);
    expect(source).not.to.include('Lit is in dev mode');
  });

  it('defines the elements and renders a working banner', async () => {
    await loadScript('/dist/haven.min.js');
    const el = await fixture(
      html`<haven-crisis-banner clinic-name="All About Women" clinic-phone="(703) 437-0001"></haven-crisis-banner>`,
    );
    await elementUpdated(el);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:911', 'tel:988', 'sms:988', 'tel:+17034370001']);
    await expect(el).to.be.accessible();
  });

  it('can be loaded a second time without errors or warnings', async () => {
    const warnings = captureWarnings();
    await loadScript('/dist/haven.min.js?again');
    warnings.restore();
    expect(errors).to.deep.equal([]);
    expect(warnings.messages).to.deep.equal([]);
    const el = await fixture(html`<haven-crisis-banner></haven-crisis-banner>`);
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('a[href="tel:911"]')).to.exist;
  });

  it('leaves a tag defined by another version alone and warns once', async () => {
    // Simulate an older Haven that registered <haven-...> first, by loading the script into a fresh iframe.
    const frame = await blankFrame('older Haven');
    const win = frame.contentWindow! as Window & typeof globalThis;
    class Older extends win.HTMLElement {
      static version = '0.0.1';
    }
    win.customElements.define('haven-crisis-banner', Older);
    const seen: string[] = [];
    win.console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    const frameErrors: unknown[] = [];
    win.addEventListener('error', (e) => frameErrors.push(e.message));
    await loadInto(win.document, '/dist/haven.min.js');
    expect(frameErrors).to.deep.equal([]);
    expect(win.customElements.get('haven-crisis-banner')).to.equal(Older);
    expect(seen.filter((m) => m.includes('haven-crisis-banner'))).to.have.length(1);
    expect(seen[0]).to.include('0.0.1');
  });

  it('works with an older build and a newer build on the same page', async () => {
    // A real second build: the same script with an older version number, loaded first from a blob.
    const source = await (await fetch('/dist/haven.min.js')).text();
    const pkg = await (await fetch('/package.json')).json();
    const older = source.split(`"${pkg.version}"`).join('"0.0.9"');
    expect(older).not.to.equal(source);
    const frame = await blankFrame('two builds');
    const win = frame.contentWindow! as Window & typeof globalThis;
    const seen: string[] = [];
    win.console.warn = (...args: unknown[]) => seen.push(args.join(' '));
    const frameErrors: unknown[] = [];
    win.addEventListener('error', (e) => frameErrors.push(e.message));
    const load = (src: string) => loadInto(win.document, src);
    await load(URL.createObjectURL(new Blob([older], { type: 'text/javascript' })));
    await load('/dist/haven.min.js');
    expect(frameErrors).to.deep.equal([]);
    for (const tag of ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide']) {
      expect((win.customElements.get(tag) as unknown as { version: string }).version, tag).to.equal('0.0.9');
      expect(seen.filter((m) => m.includes(`<${tag}>`)), tag).to.have.length(1);
    }
    win.document.body.innerHTML = '<haven-crisis-banner></haven-crisis-banner><haven-warning-signs></haven-warning-signs>';
    const banner = win.document.querySelector('haven-crisis-banner')!;
    await (banner as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(banner.shadowRoot!.querySelector('a[href="tel:911"]')).to.exist;
  });
});
