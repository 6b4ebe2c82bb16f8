// Haven inside other people's pages: a strict CSP, nothing leaving the page, hostile host styles, a blocked script.
// Each test loads a whole fixture page in an iframe; the pages use the built dist/haven.min.js.
import { expect } from '@open-wc/testing';
import { contrastOf, loadPage } from './page-helpers.js';

const shadow = (doc: Document, selector: string, index = 0) => doc.querySelectorAll(selector)[index]!.shadowRoot!;

describe('security and privacy', () => {
  it('renders all three elements under a strict CSP with zero violations', async () => {
    const { win, doc } = await loadPage('/tests/fixtures/csp/three-elements.html');
    expect(win.__haven!.violations).to.deep.equal([]);
    expect(win.__haven!.errors).to.deep.equal([]);
    // Styles applied (constructable stylesheets are allowed by style-src 'self'): the urgent call button is red.
    const call911 = shadow(doc, 'haven-crisis-banner').querySelector('a[href="tel:911"]')!;
    expect(win.getComputedStyle(call911).backgroundColor).to.equal('rgb(164, 22, 26)');
    for (const tag of ['haven-warning-signs', 'haven-recovery-guide']) {
      expect(shadow(doc, tag).textContent!.trim().length, tag).to.be.greaterThan(50);
    }
  });

  it('sends nothing and stores nothing while a patient works through all three elements', async () => {
    const { win, doc } = await loadPage('/tests/fixtures/csp/three-elements.html');
    // The checklist: check every box one by one, then clear.
    const signs = shadow(doc, 'haven-warning-signs');
    for (const box of signs.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.click();
    await new Promise((r) => setTimeout(r, 50));
    [...signs.querySelectorAll('button')].find((b) => /clear/i.test(b.textContent!))?.click();
    // The guide: every contents entry, every step, the sources.
    for (const index of [0, 1]) {
      const guide = shadow(doc, 'haven-recovery-guide', index);
      for (const button of guide.querySelectorAll<HTMLElement>('nav a, nav button')) button.click();
      for (let i = 0; i < 8; i += 1) {
        [...guide.querySelectorAll('button')].find((b) => /next/i.test(b.textContent!))?.click();
        await new Promise((r) => setTimeout(r, 10));
      }
      guide.querySelector('details')?.setAttribute('open', '');
    }
    await new Promise((r) => setTimeout(r, 100));

    const resources = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      // The test server injects its own reload socket script into every HTML page; a clinic's page has none.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(resources.sort()).to.deep.equal(['/dist/haven.min.js', '/tests/fixtures/record.js']);
    expect(doc.cookie).to.equal('');
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    expect(win.__haven!.violations).to.deep.equal([]);
    expect(win.__haven!.errors).to.deep.equal([]);
  });

  it('keeps text readable (contrast ≥ 4.5:1) and links working under hostile host styles', async () => {
    const { win, doc } = await loadPage('/tests/fixtures/hostile.html');
    expect(win.__haven!.errors).to.deep.equal([]);
    let checked = 0;
    for (const tag of ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide']) {
      const root = shadow(doc, tag);
      for (const el of root.querySelectorAll('p, li, label, a, h2, h3, h4, summary, legend, strong')) {
        if (!el.getClientRects().length || !el.textContent!.trim()) continue;
        const ratio = contrastOf(el);
        expect(ratio, `${tag} ${el.localName} "${el.textContent!.trim().slice(0, 30)}"`).to.be.at.least(4.5);
        checked += 1;
      }
    }
    expect(checked).to.be.greaterThan(30);
    // The page's centred, indented, capitalised, unwrapped text does not leak into Haven's (checklist labels, guide
    // paragraphs).
    for (const [tag, selector] of [['haven-warning-signs', 'label'], ['haven-recovery-guide', 'p']] as const) {
      const style = win.getComputedStyle(shadow(doc, tag).querySelector(selector)!);
      // "start" is "left" in a left-to-right page; Firefox and WebKit report the latter.
      const align = style.textAlign === 'left' ? 'start' : style.textAlign;
      expect([align, style.textIndent, style.textTransform, style.whiteSpace, style.fontStyle], tag).to.deep.equal([
        'start',
        '0px',
        'none',
        'normal',
        'normal',
      ]);
    }
    const banner = shadow(doc, 'haven-crisis-banner');
    for (const href of ['tel:911', 'tel:988', 'tel:+17034370001']) {
      // variant="auto" holds a narrow and a wide layout; the one shown is the one a patient taps.
      const a = [...banner.querySelectorAll(`a[href="${href}"]`)].find((link) => link.getClientRects().length > 0)!;
      expect(a.getClientRects().length, href).to.be.greaterThan(0);
      const fontSize = parseFloat(win.getComputedStyle(a).fontSize);
      expect(fontSize, `${href} font size`).to.be.at.least(12);
    }
  });

  it('shows the README snippet’s numbers as plain links when the script is blocked', async () => {
    const { doc } = await loadPage('/tests/fixtures/no-script.html', { defined: false });
    const banner = doc.querySelector('haven-crisis-banner')!;
    expect(banner.shadowRoot).to.equal(null);
    const links = [...banner.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:911', 'tel:988', 'tel:+17034370001']);
    for (const a of links) expect(a.getClientRects().length).to.be.greaterThan(0);
  });
});
