/**
 * Accessibility, measured the way an outside audit measured it: focus under the sticky bar at phone sizes and 400 %
 * zoom, what prints, what a screen reader hears from the live result, how far the next step is from the box just
 * ticked, unique landmark names, the banner's width-based variant, and the smaller items of that audit.
 *
 * Engine notes: geometry uses iframes of the measured size (every engine); print media is emulated where
 * emulateMedia reaches (Chromium and Firefox) and read from the stylesheet in WebKit; forced colours are rendered in
 * Chromium only (DevTools protocol) and read from the stylesheet elsewhere.
 */
import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { SIGNS, TIERS, type Tier } from '../src/content/signs.js';
import { captureWarnings, nextFrame } from './helpers.js';
import { axeViolations, tryEmulate } from './page-helpers.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

async function make<T extends HTMLElement = Updatable>(tag: string, attrs = ''): Promise<T> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  const el = host.firstElementChild as unknown as Updatable;
  await el.updateComplete;
  return el as unknown as T;
}

const frames = (win: Window, n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** A clinic page with a checklist, in an iframe of the given CSS size. */
async function checklistPage(width: number, height: number, query: string) {
  const frame = await fixture<HTMLIFrameElement>(
    html`<iframe title="checklist page" width=${width} height=${height} style="border:0"></iframe>`,
  );
  await new Promise<void>((resolve) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.src = `/tests/fixtures/generated/checklist.html?${query}`;
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await win.customElements.whenDefined('haven-warning-signs');
  const el = doc.querySelector('haven-warning-signs') as unknown as Updatable;
  await el.updateComplete;
  return { frame, win, doc, el };
}

function applyTextSpacing(win: Window & typeof globalThis, el: Element) {
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`);
  el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean).length;

describe('accessibility, round 2', () => {
  describe('1. WCAG 2.4.11: the sticky bar never hides the focused checkbox', () => {
    // 1280×1024 at 400 % zoom is a 320×256 CSS-pixel viewport.
    const SIZES: [string, number, number][] = [
      ['320×568', 320, 568],
      ['390×844', 390, 844],
      ['1280×1024 at 400 %', 320, 256],
    ];
    for (const [size, width, height] of SIZES) {
      for (const lang of ['en', 'es']) {
        for (const region of ['US', 'FR']) {
          for (const spacing of [false, true]) {
            const name = `${size}, ${lang}, ${region === 'US' ? 'with' : 'without'} region data${spacing ? ', text spacing' : ''}`;
            it(name, async () => {
              const quiet = captureWarnings();
              const { win, el } = await checklistPage(width, height, `lang=${lang}&region=${region}`);
              quiet.restore();
              if (spacing) applyTextSpacing(win, el);
              const root = el.shadowRoot!;
              root.querySelector<HTMLInputElement>('#sign-soaking-pads')!.click();
              await el.updateComplete;
              await frames(win);
              const bar = root.querySelector<HTMLElement>('.next-bar')!;
              const sticky = !bar.hasAttribute('data-static');
              // Never more than about a quarter of the screen while it is sticky.
              if (sticky) expect(bar.getBoundingClientRect().height, 'bar height').to.be.at.most(height / 4 + 1);
              const hidden: string[] = [];
              for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
                box.focus();
                await frames(win, 1);
                const limit = sticky ? bar.getBoundingClientRect().top : win.innerHeight;
                const row = box.closest('.sign')!.getBoundingClientRect();
                const r = box.getBoundingClientRect();
                if (r.top < 0 || r.bottom > limit + 0.5 || row.bottom > limit + 0.5) hidden.push(box.value);
              }
              expect(hidden, 'rows hidden under the bar or off screen').to.deep.equal([]);
            });
          }
        }
      }
    }
  });

  describe('2 and 3. printing', () => {
    it('prints every call and the result’s numbers in black, and chat links with their address', async () => {
      const el = await make('haven-warning-signs', 'clinic-phone="(703) 437-0001"');
      el.shadowRoot!.querySelector<HTMLInputElement>('#sign-thoughts-of-self-harm')!.click();
      el.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!.click();
      await el.updateComplete;
      const banner = await make('haven-crisis-banner', 'variant="full" clinic-phone="(703) 437-0001"');
      const emulated = await tryEmulate({ media: 'print' }, 'print');
      try {
        const actions = [...el.shadowRoot!.querySelectorAll('.action'), ...banner.shadowRoot!.querySelectorAll('.action')];
        expect(actions.length).to.be.greaterThan(4);
        if (emulated) {
          for (const a of actions) expect(getComputedStyle(a).color, a.textContent!).to.equal('rgb(0, 0, 0)');
          const chat = banner.shadowRoot!.querySelector('a[data-method="chat"]')!;
          expect(getComputedStyle(chat, '::after').content).to.include('988lifeline.org/chat');
        } else {
          // WebKit: emulateMedia does not reach it; the print rule itself must cover .action.urgent and .primary.
          const rules = [...banner.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
          expect(rules).to.match(/@media print[\s\S]*:is\(\.action, \.action\.primary, \.action\.urgent, \.button\)[\s\S]*color: (rgb\(0, 0, 0\)|#000)/);
          expect(rules).to.match(/a\[data-method="chat"\]::after[\s\S]*attr\(href\)/);
        }
      } finally {
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });

    it('"Print this guide" prints that guide alone, with Sources open, and leaves the page as it was', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <p id="before">Something else on the page</p>
        <haven-recovery-guide id="one" clinic-name="All About Women" clinic-phone="(703) 437-0001" after-hours-phone="(703) 555-0199"></haven-recovery-guide>
        <haven-recovery-guide id="two"></haven-recovery-guide>
      </div>`);
      const [one, two] = [...host.querySelectorAll<Updatable>('haven-recovery-guide')];
      await Promise.all([one.updateComplete, two.updateComplete]);
      const printed: string[] = [];
      const original = window.print;
      let emulated = false;
      window.print = () => {
        const details = one.shadowRoot!.querySelector('footer details') as HTMLDetailsElement;
        printed.push(`open=${details.open}`);
        printed.push(`two=${two.hasAttribute('data-haven-print-path') || two.hasAttribute('data-haven-printing')}`);
        printed.push(`one=${one.hasAttribute('data-haven-printing')}`);
      };
      try {
        one.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print-button"]')!.click();
        expect(printed).to.deep.equal(['open=true', 'two=false', 'one=true']);
        emulated = await tryEmulate({ media: 'print' }, 'print');
        if (emulated) {
          expect(getComputedStyle(host.querySelector('#before')!).display).to.equal('none');
          expect(getComputedStyle(two).display).to.equal('none');
          expect(getComputedStyle(one).display).not.to.equal('none');
          const clinic = one.shadowRoot!.querySelector('.print-clinic')!;
          expect(clinic.textContent!.replace(/\s+/g, ' ')).to.include('All About Women · (703) 437-0001');
          expect(clinic.textContent).to.include('(703) 555-0199');
        } else {
          const rules = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
          expect(rules).to.include('data-haven-print-path');
        }
        window.dispatchEvent(new Event('afterprint'));
        expect(one.hasAttribute('data-haven-printing')).to.equal(false);
        expect(host.querySelector('[data-haven-print-path]')).to.equal(null);
        expect((one.shadowRoot!.querySelector('footer details') as HTMLDetailsElement).open).to.equal(false);
        // The page's own Ctrl+P: nothing of Haven's is left in the page's styles.
        const left = [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
        expect(left).not.to.include('data-haven-print-path');
      } finally {
        window.print = original;
        if (emulated) await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('4. the live result: a short summary, then the full result as ordinary content', () => {
    /** One sign of each tier, for the announced text. */
    const example = (tier: Tier) => SIGNS.find((s) => s.tier === tier)!.id;
    for (const lang of ['en', 'es']) {
      it(`(${lang}) announces the tier and its one action in at most 25 words, for every tier`, async () => {
        const el = await make('haven-warning-signs', `lang="${lang}" clinic-phone="(703) 437-0001" after-hours-phone="(703) 555-0199"`);
        const root = el.shadowRoot!;
        const status = root.querySelector('[role="status"]')!;
        expect(root.querySelectorAll('[role="status"], [aria-live]')).to.have.length(1);
        const expected: Record<Tier, RegExp> = {
          emergency: /911/,
          crisis: /988/,
          now: /\(703\) 555-0199/,
          today: /\(703\) 437-0001/,
          'follow-up': /./,
          expected: /./,
        };
        for (const tier of TIERS) {
          const box = root.querySelector<HTMLInputElement>(`#sign-${example(tier)}`)!;
          box.click();
          await el.updateComplete;
          expect(root.querySelector('[role="status"]'), 'the same live region').to.equal(status);
          const said = status.textContent!.replace(/\s+/g, ' ').trim();
          expect(words(said), `${tier}: "${said}"`).to.be.at.most(25);
          expect(said, tier).to.match(expected[tier]);
          expect(said, tier).to.include(root.querySelector('.tier-label')!.textContent!.trim());
          box.click();
          await el.updateComplete;
        }
      });
    }

    it('a second sign of the same tier and action changes nothing in the live region', async () => {
      const el = await make('haven-warning-signs');
      const root = el.shadowRoot!;
      root.querySelector<HTMLInputElement>('#sign-fainted')!.click();
      await el.updateComplete;
      const status = root.querySelector('[role="status"]')!;
      const before = status.textContent;
      const seen: MutationRecord[] = [];
      const observer = new MutationObserver((records) => seen.push(...records));
      observer.observe(status, { subtree: true, childList: true, characterData: true });
      root.querySelector<HTMLInputElement>('#sign-soaking-pads')!.click();
      await el.updateComplete;
      observer.disconnect();
      expect(status.textContent).to.equal(before);
      expect(seen).to.deep.equal([]);
      // The full result (both signs) is ordinary content after the live region.
      const result = root.querySelector('[part~="result"]')!;
      expect(result.textContent).to.include('Bleeding that soaks');
      expect(status.contains(result.querySelector('.why'))).to.equal(false);
    });
  });

  describe('5. the next step is never out of sight', () => {
    for (const tier of ['today', 'follow-up', 'expected', 'now', 'emergency'] as Tier[]) {
      it(`${tier}: a bar with the next step is on screen right after ticking a box near the top`, async () => {
        const { win, el } = await checklistPage(390, 844, 'lang=en&region=US');
        const root = el.shadowRoot!;
        const box = root.querySelector<HTMLInputElement>(`#sign-${SIGNS.find((s) => s.tier === tier)!.id}`)!;
        box.scrollIntoView({ block: 'center' });
        box.click();
        await el.updateComplete;
        await frames(win);
        const bar = root.querySelector<HTMLElement>('.next-bar')!;
        expect(bar, tier).to.exist;
        expect(bar.dataset.tier).to.equal(tier);
        const r = bar.getBoundingClientRect();
        expect(r.top, 'bar on screen').to.be.at.least(0);
        expect(r.bottom, 'bar on screen').to.be.at.most(win.innerHeight + 0.5);
        // Within one screen of the box just ticked.
        expect(Math.abs(r.top - box.getBoundingClientRect().top)).to.be.at.most(win.innerHeight);
      });
    }
  });

  describe('6. landmark names', () => {
    it('copies of an element get (2), (3) in their landmark names; label="…" names one', async () => {
      const host = await fixture<HTMLDivElement>(html`<div>
        <haven-crisis-banner></haven-crisis-banner><haven-crisis-banner></haven-crisis-banner>
        <haven-recovery-guide></haven-recovery-guide><haven-recovery-guide label="Guide for partners"></haven-recovery-guide>
      </div>`);
      const els = [...host.querySelectorAll<Updatable>('haven-crisis-banner, haven-recovery-guide')];
      await Promise.all(els.map((e) => e.updateComplete));
      await new Promise((r) => setTimeout(r));
      await Promise.all(els.map((e) => e.updateComplete));
      const nameOf = (el: Element) => {
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        const label = base.getAttribute('aria-label');
        if (label) return label;
        return base
          .getAttribute('aria-labelledby')!
          .split(' ')
          .map((id) => el.shadowRoot!.getElementById(id)!.textContent!.trim())
          .filter(Boolean)
          .join(' ');
      };
      const [b1, b2, g1, g2] = els;
      expect(nameOf(b1)).to.equal('Need help right now?');
      expect(nameOf(b2)).to.equal('Need help right now? (2)');
      expect(nameOf(g1)).to.equal('Healing after pregnancy loss');
      expect(nameOf(g2)).to.equal('Guide for partners (2)');
      const navs = [g1, g2].map((g) => g.shadowRoot!.querySelector('nav')!.getAttribute('aria-label'));
      expect(new Set(navs).size).to.equal(2);
      b1.remove();
      await new Promise((r) => setTimeout(r));
      await b2.updateComplete;
      expect(nameOf(b2)).to.equal('Need help right now?');
    });
  });

  describe('6. whole pages: axe on the demo, the themes and the embed builder, in each state', function () {
    // axe over a whole demo page takes several seconds in Firefox and WebKit on a 2-core machine, and some tests run
    // it six times; this is a generous limit for slow machines, not a measure of anything.
    this.timeout(180_000);
    /** Loads a demo page (without its CSP's Trusted Types, which axe's own code would trip) and runs axe on all of it. */
    async function pageAxe(path: string, prepare?: (win: Window & typeof globalThis, doc: Document) => Promise<void>) {
      const frame = await fixture<HTMLIFrameElement>(html`<iframe title="demo page" width="1100" height="1200" style="border:0"></iframe>`);
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = `${path}${path.includes('?') ? '&' : '?'}axe=1`;
      });
      const win = frame.contentWindow as Window & typeof globalThis;
      const doc = frame.contentDocument!;
      const tags = ['haven-crisis-banner', 'haven-warning-signs', 'haven-recovery-guide'];
      await Promise.all(tags.map((t) => win.customElements.whenDefined(t)));
      await Promise.all([...doc.querySelectorAll(tags.join(','))].map((e) => (e as unknown as Updatable).updateComplete));
      if (prepare) await prepare(win, doc);
      await frames(win);
      return axeViolations(win, doc);
    }

    const tick = async (doc: Document, ids: string[]) => {
      const checklist = doc.querySelector('haven-warning-signs') as unknown as Updatable;
      for (const id of ids) checklist.shadowRoot!.querySelector<HTMLInputElement>(`#sign-${id}`)!.click();
      await checklist.updateComplete;
    };

    it('demo/index.html, as it opens', async () => {
      expect(await pageAxe('/demo/index.html')).to.deep.equal([]);
    });

    it('demo/index.html, with every tier in the checklist, the compact banners open and Sources open', async () => {
      for (const tier of TIERS) {
        const id = SIGNS.find((s) => s.tier === tier)!.id;
        const found = await pageAxe('/demo/index.html', async (_win, doc) => {
          await tick(doc, [id]);
          for (const banner of doc.querySelectorAll('haven-crisis-banner')) {
            banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')?.click();
          }
          for (const guide of doc.querySelectorAll('haven-recovery-guide')) {
            (guide.shadowRoot!.querySelector('footer details') as HTMLDetailsElement).open = true;
          }
        });
        expect(found, tier).to.deep.equal([]);
      }
    });

    it('demo/index.html in Spanish for the UK', async () => {
      expect(await pageAxe('/demo/index.html?lang=es&region=GB', (_w, doc) => tick(doc, ['fainted', 'thoughts-of-self-harm']))).to.deep.equal([]);
    });

    it('demo/themes.html, with emergency results', async () => {
      const found = await pageAxe('/demo/themes.html', async (_w, doc) => {
        for (const checklist of doc.querySelectorAll('haven-warning-signs')) {
          checklist.shadowRoot!.querySelector<HTMLInputElement>('#sign-soaking-pads')!.click();
          await (checklist as unknown as Updatable).updateComplete;
        }
      });
      expect(found).to.deep.equal([]);
    });

    it('demo/builder.html, as it opens and for Northern Ireland in Spanish', async () => {
      expect(await pageAxe('/demo/builder.html')).to.deep.equal([]);
      const found = await pageAxe('/demo/builder.html', async (win, doc) => {
        const set = (name: string, value: string) => {
          const field = doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
          field.value = value;
          field.dispatchEvent(new win.Event('input', { bubbles: true }));
          field.dispatchEvent(new win.Event('change', { bubbles: true }));
        };
        set('region', 'GB-NIR');
        set('lang', 'es');
        await new Promise((r) => setTimeout(r, 100));
      });
      expect(found).to.deep.equal([]);
    });
  });

  describe('7. variant="auto" (the default): decided by the banner’s own width, with no layout shift', () => {
    for (const [width, wide] of [
      [360, false],
      [900, true],
    ] as const) {
      it(`${width}px wide: ${wide ? 'every contact, no button' : 'the emergency and crisis calls, and a button for the rest'}`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
        host.insertAdjacentHTML('beforeend', '<haven-crisis-banner clinic-phone="(703) 437-0001"></haven-crisis-banner>');
        const el = host.firstElementChild as Updatable;
        await el.updateComplete;
        const first = el.getBoundingClientRect().height;
        await nextFrame();
        await nextFrame();
        expect(el.getBoundingClientRect().height, 'no shift after the first frame').to.equal(first);
        const toggle = el.shadowRoot!.querySelector<HTMLElement>('[part~="toggle"]')!;
        const shown = (selector: string) =>
          [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].some((a) => a.getClientRects().length > 0);
        expect(toggle.getClientRects().length > 0, 'toggle shown').to.equal(!wide);
        expect(shown('a[href="tel:+17034370001"]'), 'clinic shown').to.equal(wide);
        expect(shown('a[href="tel:911"]'), '911 shown').to.equal(true);
        expect(shown('a[href="tel:988"]'), '988 shown').to.equal(true);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('8. smaller items', () => {
    it('English source titles inside Spanish text carry lang="en"', async () => {
      const el = await make('haven-recovery-guide', 'lang="es"');
      const items = [...el.shadowRoot!.querySelectorAll('[data-source]')];
      expect(items.length).to.be.greaterThan(5);
      for (const li of items) expect(li.getAttribute('lang')).to.equal('en');
    });

    it('heading-level 5 keeps the guide’s inner headings distinct (aria-level 7 and 8 past h6)', async () => {
      const el = await make('haven-recovery-guide', 'heading-level="5" sections="physical"');
      const root = el.shadowRoot!;
      expect(root.querySelector('h5')!.textContent).to.equal('Healing after pregnancy loss');
      expect(root.querySelector('#physical-heading')!.localName).to.equal('h6');
      const deeper = [...root.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
      expect(deeper).to.include('7');
      expect(deeper).to.include('8');
    });

    it('accessible names have their spaces: "Chat online with the … (opens in a new tab)", "Next", "Previous"', async () => {
      const banner = await make('haven-crisis-banner', 'variant="full"');
      const chat = banner.shadowRoot!.querySelector('a[data-method="chat"]')!;
      // What a screen reader reads: the text and elements, not Lit's comment markers or the aria-hidden mark.
      const readable = (node: Node) =>
        [...node.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof HTMLElement && n.getAttribute('aria-hidden') !== 'true'))
          .map((n) => n.textContent)
          .join('');
      const name = readable(chat);
      expect(name).to.equal('Chat online with the 988 Suicide & Crisis Lifeline (opens in a new tab)');
      expect(chat.querySelector('.new-tab')!.getClientRects().length, 'a visible new-tab mark').to.be.greaterThan(0);
      const guide = await make('haven-recovery-guide', 'layout="steps"');
      for (const part of ['next', 'previous']) {
        const button = guide.shadowRoot!.querySelector(`[part~="${part}"]`)!;
        const text = readable(button).replace(/\s+/g, ' ');
        expect(text.trim(), part).to.equal(part === 'next' ? 'Next' : 'Previous');
        expect(text, part).to.equal(text.trim());
      }
    });

    it('after Next, the focused heading keeps room above it for its focus ring', async () => {
      const guide = await make('haven-recovery-guide', 'layout="steps"');
      guide.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
      await new Promise((r) => setTimeout(r, 400));
      const focused = guide.shadowRoot!.activeElement as HTMLElement;
      expect(focused.getAttribute('tabindex')).to.equal('-1');
      expect(parseFloat(getComputedStyle(focused).scrollMarginTop)).to.be.at.least(8);
      window.scrollTo(0, 0);
    });

    it('the unavailable Previous looks weaker than the available Next', async () => {
      const guide = await make('haven-recovery-guide', 'layout="steps"');
      const [previous, next] = ['previous', 'next'].map((p) => getComputedStyle(guide.shadowRoot!.querySelector(`[part~="${p}"]`)!));
      expect(Number(previous.opacity)).to.be.below(Number(next.opacity));
      expect(previous.borderStyle).to.equal('dashed');
    });

    it('the gap between a checkbox and its words is part of the tap target', async () => {
      const el = await make('haven-warning-signs');
      const box = el.shadowRoot!.querySelector<HTMLInputElement>('#sign-fainted')!;
      const label = box.labels![0];
      const b = box.getBoundingClientRect();
      const l = label.getBoundingClientRect();
      expect(l.left, 'the label starts where the box ends').to.be.at.most(b.right + 0.5);
      const hit = el.shadowRoot!.elementFromPoint(b.right + 4, b.top + b.height / 2);
      expect(hit === label || label.contains(hit), `hit ${hit?.localName}`).to.equal(true);
    });

    it('forced colours: the emergency call looks different from the crisis call (not by colour)', async () => {
      const el = await make('haven-crisis-banner', 'variant="compact"');
      const emulated = await executeServerCommand<boolean, unknown>('haven-media-features', [{ name: 'forced-colors', value: 'active' }]).catch(() => false);
      try {
        const [urgent, primary] = ['.action.urgent', '.action.primary'].map((s) => getComputedStyle(el.shadowRoot!.querySelector(s)!));
        if (emulated && matchMedia('(forced-colors: active)').matches) {
          expect(`${urgent.outlineStyle} ${urgent.outlineWidth}`).not.to.equal(`${primary.outlineStyle} ${primary.outlineWidth}`);
        } else {
          const rules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((s) => [...s.cssRules]).map((r) => r.cssText).join('\n');
          expect(rules).to.match(/forced-colors: active[\s\S]*\.action\.urgent[\s\S]*outline:[^;}]*(3px[^;}]*double|double[^;}]*3px)/);
        }
      } finally {
        if (emulated) await executeServerCommand('haven-media-features', [{ name: 'forced-colors', value: 'none' }]).catch(() => undefined);
      }
    });
  });
});

void elementUpdated;
