// The framework examples as built by `npm run build:examples` (examples/build.mjs): React 19, Vue 3 and a
// WordPress-style page. Each page loads in an iframe under the strict Content-Security-Policy, shows the three
// elements, and its own listener hears haven-triage-change when a patient checks a sign.
import { expect } from '@open-wc/testing';
import { loadPage, until } from './page-helpers.js';

const TAGS = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];


/** The example page with its three elements rendered (React and Vue add them after the page has loaded). */
async function open(name: string) {
  const { win, doc } = await loadPage(`/examples/${name}/dist/index.html`, { defined: false });
  const elements = await until(() => {
    const found = TAGS.map((tag) => doc.querySelector(tag));
    return found.every((el) => el?.shadowRoot?.childElementCount) && (found as HTMLElement[]);
  }, `${name}: three rendered elements`);
  return { win, doc, elements };
}

/** Checks a sign the way a patient does (a click on its label), then waits for the host page's own text. */
async function check(doc: Document, signId: string) {
  const checklist = doc.querySelector('haven-warning-signs')!;
  checklist.shadowRoot!.querySelector<HTMLLabelElement>(`label[for="sign-${signId}"]`)!.click();
  return until(() => doc.getElementById('host-tier')?.textContent?.trim(), 'host text');
}

for (const name of ['react', 'vue', 'wordpress']) {
  describe(`examples/${name}`, () => {
    it('renders the banner, the checklist and the guide with the clinic’s details', async () => {
      const { elements } = await open(name);
      const [banner, checklist, guide] = elements;
      const hrefs = [...banner.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.include.members(['tel:911', 'tel:988', 'tel:+17034370001']);
      expect(banner.shadowRoot!.textContent).to.include('All About Women');
      expect(checklist.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.greaterThan(10);
      // The guide in steps layout: one section and its Previous/Next.
      expect(guide.shadowRoot!.querySelector('[part~="next"]')).to.exist;
    });

    it('hears haven-triage-change in the host page', async () => {
      const { doc } = await open(name);
      expect(doc.getElementById('host-tier')!.textContent!.trim()).to.equal('nothing checked');
      await check(doc, 'large-clots');
      await until(() => doc.getElementById('host-tier')!.textContent!.trim() === 'Get care now', 'Get care now');
      await check(doc, 'soaking-pads');
      await until(() => doc.getElementById('host-tier')!.textContent!.trim() === 'Emergency', 'Emergency');
    });

    it('has no inline script or style (a strict CSP blocks them)', async () => {
      const { doc } = await open(name);
      const html = await (await fetch(`/examples/${name}/dist/index.html`)).text();
      expect(html).not.to.match(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html).not.to.match(/\sstyle=/);
      expect(doc.querySelectorAll('[style]').length).to.equal(0);
    });
  });
}

describe('examples/wordpress', () => {
  it('keeps the no-script fallback inside each element and pins the script with its integrity hash', async () => {
    const { doc } = await open('wordpress');
    for (const tag of TAGS) {
      const fallback = doc.querySelector(tag)!.querySelector('a[href^="tel:"]');
      expect(fallback, tag).to.exist;
    }
    const script = doc.querySelector<HTMLScriptElement>('script[src$="haven.min.js"]')!;
    const sri = (await (await fetch('/dist/haven.min.js.sri')).text()).trim();
    // The script ran (the elements rendered), so the browser accepted this hash.
    expect(script.integrity).to.equal(sri);
    expect(script.crossOrigin).to.equal('anonymous');
  });
});
