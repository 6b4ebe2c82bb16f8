/**
 * Pre-rendered pages (#16): a clinic page whose three elements were pre-rendered by the haven-render command
 * (web-test-runner.config.mjs, `prerendered.html`), served with the README's strict CSP including Trusted Types.
 * Without any Haven script the declarative shadow roots show the whole content, styled by haven.css; with the
 * deferred haven-hydrate.min.js the same nodes come alive, keep what the patient did before, and nothing moves.
 */
import { expect } from '@open-wc/testing';
import { REGIONS } from '../src/content/contacts.js';
import { SIGNS } from '../src/content/signs.js';
import { axeViolations, loadPage, until, type FixtureWindow } from './page-helpers.js';
import { TAGS, headings, hrefs, layout, shownAnswers, styled } from './prerendered-helpers.js';

const PAGE = '/tests/fixtures/generated/prerendered.html';
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
type Marked = FixtureWindow & {
  __prerendered?: {
    defined: boolean;
    box: HTMLInputElement;
    heading: Element;
    guideHeading: Element;
    status: Element;
    statusText: string;
    /** When the checklist began to hold the early tick (-1: never), and each thing its live region said after. */
    timeline: { early: number; status: { at: number; text: string }[] };
    scrollY: number;
    resultBelow: boolean;
    inView: { node: Element; at: string }[];
  };
};

/** What was in view before the script (prerendered-mark.js) and is now somewhere else on the screen, or gone. */
function moved(win: Window) {
  return (win as Marked).__prerendered!.inView
    .map(({ node, at }) => {
      const r = node.getBoundingClientRect();
      const now = node.isConnected && node.getClientRects().length > 0 ? `${r.x},${r.y} ${r.width}x${r.height}` : 'gone';
      return now === at ? '' : `${node.localName} "${node.textContent!.trim().slice(0, 40)}": ${at} -> ${now}`;
    })
    .filter(Boolean);
}

/**
 * Once the checklist has decided about a box ticked before its script: its wait (300 ms in no-script.ts) has passed
 * since it began to hold the tick, it has looked where "Your next step" is (in a frame after that) and rendered what it
 * decided. A hold read after this is one that lasted, so a hand-over that should not have come fails the test.
 */
async function observed(win: Window, checklist: Updatable) {
  const { timeline } = (win as Marked).__prerendered!;
  await until(() => timeline.early >= 0, 'the checklist holding the early tick');
  const left = timeline.early + 400 - win.performance.now();
  if (left > 0) await new Promise((resolve) => win.setTimeout(resolve, left));
  for (const _ of [1, 2]) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await checklist.updateComplete;
}

/** Until the checklist's live region says the full emergency answer (the hand-over of a box ticked before the script). */
const fullAnswer = (root: ShadowRoot, what: string) =>
  until(() => root.querySelector('[role="status"]')!.textContent!.includes('Emergency:'), what);

/** The page with a box ticked before the script and its no-script answer in view, once the checklist holds it. */
async function heldPage(query = '') {
  const { win, doc } = await loadPage(`${PAGE}?script=hydrate&mark=answer${query}`);
  const checklist = doc.querySelector('haven-warning-signs') as Updatable;
  const root = checklist.shadowRoot!;
  await observed(win, checklist);
  expect(shownAnswers(win, root), 'held').to.equal('emergency');
  return { win, doc, checklist, root };
}

describe('pre-rendered page (haven-render), strict CSP with Trusted Types', function () {
  // Whole-page axe in Firefox and WebKit takes several seconds on a shared 2-core machine: a limit, not a measure.
  this.timeout(180_000);

  describe('with no Haven script', () => {
    it('shows the whole content, styled, with working tel: links and the heading outline', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=none`, { defined: false });
      expect(win.customElements.get('haven-warning-signs') === undefined).to.equal(true);
      expect(await styled(win, doc)).to.equal('rgb(253, 240, 240)');
      const banner = doc.querySelector('haven-crisis-banner')!.shadowRoot!;
      expect(hrefs(banner)).to.include.members(['tel:911', 'tel:988', 'sms:988', 'tel:+17034370001']);
      expect(banner.textContent).to.contain('All About Women');
      expect(headings(banner)).to.deep.equal(['h2 Need help right now?']);
      const checklist = doc.querySelector('haven-warning-signs')!.shadowRoot!;
      expect(checklist.querySelectorAll('input[type="checkbox"]').length).to.equal(SIGNS.length);
      expect(headings(checklist)).to.deep.equal(['h2 Warning signs after a miscarriage', 'h3 Your next step']);
      const guide = doc.querySelector('haven-recovery-guide')!.shadowRoot!;
      const shown = [...guide.querySelectorAll('h3')].filter((h) => !h.closest('[hidden]')).map((h) => `h3 ${h.textContent!.trim()}`);
      expect(shown).to.deep.equal([
        'h3 How your body heals',
        'h3 If you are in crisis',
        'h3 We are here for you',
      ]);
      expect(hrefs(guide)).to.include.members(['tel:911', 'tel:988', 'tel:+17034370001']);
      // Nothing inline: no <style> and no style attribute anywhere in the shadow roots.
      for (const tag of TAGS) {
        const root = doc.querySelector(tag)!.shadowRoot!;
        expect(root.querySelectorAll('style, [style]').length, tag).to.equal(0);
      }
      const record = (win as FixtureWindow).__haven!;
      expect(record.violations).to.deep.equal([]);
      expect(record.errors).to.deep.equal([]);
    });

    it('still answers when a box is ticked: CSS shows each ticked tier\'s next step, most urgent first, in the page\'s language', async () => {
      for (const lang of ['en', 'es'] as const) {
        const { win, doc } = await loadPage(`${PAGE}?script=none&lang=${lang}&axe=1`, { defined: false });
        await styled(win, doc);
        const root = doc.querySelector('haven-warning-signs')!.shadowRoot!;
        const shown = () => shownAnswers(win, root);
        const empty = root.querySelector('[part="result"]')!;
        // Nothing shows before a tick, so a page that hydrates later has nothing to move.
        expect(shown(), `${lang}: before a tick`).to.equal('');
        expect(win.getComputedStyle(empty).display === 'none', `${lang}: "nothing is checked" before a tick`).to.equal(false);
        const tick = (id: string) => root.querySelector<HTMLLabelElement>(`label[for="sign-${id}"]`)!.click();
        tick('no-period');
        expect(shown(), `${lang}: a follow-up sign`).to.equal('follow-up');
        expect(win.getComputedStyle(empty).display, `${lang}: "nothing is checked" once a box is ticked`).to.equal('none');
        tick('fever');
        tick('fainted');
        expect(shown(), `${lang}: three tiers, most urgent first`).to.equal('emergency,now,follow-up');
        const emergency = root.querySelector('.key[data-tier="emergency"]')!;
        expect(emergency.textContent, lang).to.contain(lang === 'es' ? 'Emergencia:' : 'Emergency:');
        expect(hrefs(emergency), lang).to.include('tel:911');
        tick('fainted');
        expect(shown(), `${lang}: unticked`).to.equal('now,follow-up');
        tick('plan-to-act');
        expect(hrefs(root.querySelector('.key[data-tier="crisis"]')!), `${lang}: crisis`).to.include('tel:988');
        expect((win as FixtureWindow).__haven!.errors, lang).to.deep.equal([]);
        // Every state that shows is accessible.
        expect(await axeViolations(win, doc), `${lang}: axe with the answers showing`).to.deep.equal([]);
      }
    });

    it('each answer without script has its second steps, and what depends on the signs shows for those signs only', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=none`, { defined: false });
      await styled(win, doc);
      const root = doc.querySelector('haven-warning-signs')!.shadowRoot!;
      const tick = (id: string) => root.querySelector<HTMLLabelElement>(`label[for="sign-${id}"]`)!.click();
      const key = (tier: string) => root.querySelector<HTMLElement>(`.key[data-tier="${tier}"]`)!;
      // What a patient sees: rendered text and the links drawn.
      const text = (tier: string) => key(tier).innerText.replace(/\s+/g, ' ');
      const links = (tier: string) => hrefs(key(tier)).filter((_, i) => key(tier).querySelectorAll('a')[i].getClientRects().length > 0);
      tick('fainted');
      expect(text('emergency')).to.contain('Do not drive yourself.');
      expect(text('emergency')).not.to.contain('stay with you');
      expect(links('emergency')).to.include('tel:911');
      expect(links('emergency')).not.to.include('tel:988');
      // Thoughts of ending your life with a plan: someone to stay, and the crisis line under the emergency number; not
      // "Do not drive" (for a body sign) once fainting is unticked.
      tick('plan-to-act');
      tick('fainted');
      expect(text('emergency')).not.to.contain('Do not drive');
      tick('fainted');
      expect(text('emergency')).to.contain('ask someone to stay with you');
      expect(links('emergency')).to.include.members(['tel:911', 'tel:988']);
      tick('fainted');
      tick('plan-to-act');
      expect(shownAnswers(win, root)).to.equal('');
      // A feelings sign that can wait a day: the clinic, the crisis line in case it gets heavier, and the way to care
      // if things get worse.
      tick('low-mood-lasting');
      expect(shownAnswers(win, root)).to.equal('today');
      expect(text('today')).to.contain('If it gets too heavy to carry');
      expect(text('today')).to.contain('If things get worse before you can talk to someone:');
      expect(links('today')).to.include.members(['tel:+17034370001', 'tel:988', 'tel:911']);
      // The crisis line before "If things get worse", as in the full answer; the same-day step is for a body sign.
      expect(text('today').indexOf('If it gets too heavy') < text('today').indexOf('If things get worse')).to.equal(true);
      expect(text('today')).not.to.contain('If you cannot reach them today');
      tick('rh-negative');
      expect(text('today')).to.contain('If you cannot reach them today');
      tick('rh-negative');
      // With a sign that needs care now too, the crisis line is offered once, in that more urgent answer.
      tick('fever');
      expect(text('now')).to.contain('If it gets too heavy');
      expect(text('today')).not.to.contain('If it gets too heavy');
      tick('fever');
      // Thoughts of self-harm: the crisis line first, then the emergency number if the patient might not stay safe.
      tick('thoughts-of-self-harm');
      expect(text('crisis')).to.contain('If you might not stay safe:');
      expect(links('crisis')).to.include.members(['tel:988', 'tel:911']);
      // With an emergency sign too, the emergency answer carries the crisis help (someone to stay, the crisis line), as
      // the full answer does, and the crisis answer goes; each thing is said once.
      const before = (tier: string, first: string, then: string) => {
        const [a, b] = [text(tier).indexOf(first), text(tier).indexOf(then)];
        return a >= 0 && b > a;
      };
      tick('plan-to-act');
      tick('fever');
      expect(shownAnswers(win, root)).to.equal('emergency,now,today');
      const all = root.querySelector<HTMLElement>('.no-script')!.innerText;
      expect(all.split('stay with you').length - 1, 'someone to stay').to.equal(1);
      expect(all.split('If it gets too heavy').length - 1, 'the feelings lead').to.equal(0);
      expect(links('emergency')).to.include.members(['tel:911', 'tel:988']);
      expect(before('emergency', 'stay with you', '988'), text('emergency')).to.equal(true);
      // A body emergency with thoughts of self-harm: do not drive, someone to stay and the crisis line, all in the
      // emergency answer, and no crisis answer.
      tick('plan-to-act'); // (each of these three unticks)
      tick('fever');
      tick('low-mood-lasting');
      tick('fainted');
      expect(shownAnswers(win, root)).to.equal('emergency');
      expect(text('emergency')).to.contain('Do not drive yourself.');
      expect(links('emergency')).to.include.members(['tel:911', 'tel:988']);
      expect(before('emergency', 'stay with you', '988'), text('emergency')).to.equal(true);
      expect((win as FixtureWindow).__haven!.errors).to.deep.equal([]);
    });

    it('is accessible as a whole page (axe)', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=none&axe=1`, { defined: false });
      await styled(win, doc);
      expect(await axeViolations(win, doc)).to.deep.equal([]);
    });
  });

  describe('with haven-hydrate.min.js (deferred)', () => {
    it('hydrates the pre-rendered nodes: a sign ticked and focused before the script stays ticked and focused, and the result shows it', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=hydrate&lang=es`);
      const mark = (win as Marked).__prerendered!;
      expect(mark.defined, 'the mark ran before the script defined the elements').to.equal(false);
      const checklist = doc.querySelector('haven-warning-signs') as Updatable;
      const root = checklist.shadowRoot!;
      // Hydration, then the update that takes over the box ticked before it.
      await until(() => root.querySelector('[role="status"]')!.textContent!.includes('Emergencia:'), 'the result of the early tick');
      // The same nodes: hydration attached to them rather than rendering new ones.
      expect(root.querySelector('#sign-fainted') === mark.box).to.equal(true);
      expect(root.querySelector('[role="status"]') === mark.status).to.equal(true);
      expect(doc.querySelector('haven-crisis-banner')!.shadowRoot!.querySelector('h2') === mark.heading).to.equal(true);
      expect(doc.querySelector('haven-recovery-guide')!.shadowRoot!.querySelector('h2') === mark.guideHeading).to.equal(true);
      expect(mark.box.checked).to.equal(true);
      expect(root.activeElement === mark.box).to.equal(true);
      // The page is where the patient left it: focusing the box scrolled to it before the script, and it stays there.
      expect(mark.scrollY > 0, `scrolled before hydration (${mark.scrollY})`).to.equal(true);
      expect(win.scrollY, 'scroll position after hydration').to.equal(mark.scrollY);
      // "Your next step" was below the screen, so the full answer came after the short wait; nothing the patient could see moved.
      expect(mark.resultBelow, 'the result heading was below the screen').to.equal(true);
      expect(moved(win), 'moved in view').to.deep.equal([]);
      // Before hydration the result could not answer; now it does, in the page's language.
      expect(mark.statusText).not.to.contain('Emergencia');
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Emergencia:');
      // The no-script answers are hidden once the element is defined, and gone after its next render: the live result
      // replaces them.
      expect(shownAnswers(win, root), 'no-script answers after hydration').to.equal('');
      const record = (win as FixtureWindow).__haven!;
      expect(record.violations).to.deep.equal([]);
      expect(record.errors).to.deep.equal([]);
    });

    it('a patient reading the no-script answer when the script arrives keeps it, with nothing moved, until the full answer can come unseen', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=hydrate&mark=answer`);
      const mark = (win as Marked).__prerendered!;
      const checklist = doc.querySelector('haven-warning-signs') as Updatable;
      const root = checklist.shadowRoot!;
      const status = () => root.querySelector('[role="status"]')!.textContent!;
      await styled(win, doc);
      await observed(win, checklist);
      expect(mark.resultBelow, '"Your next step" in view').to.equal(false);
      // Nothing the patient could see moved.
      expect(moved(win), 'moved in view').to.deep.equal([]);
      // Hydrated (the same nodes, the box still ticked) with the answer the patient is reading still there.
      expect(root.querySelector('#sign-fainted') === mark.box && mark.box.checked).to.equal(true);
      expect(shownAnswers(win, root), 'the no-script answer stays').to.equal('emergency');
      expect(root.querySelector('.next-bar'), 'no bar yet').to.equal(null);
      // The live region stays in the accessibility tree, empty (not "Nothing is checked yet"), so the hand-over is heard.
      const region = root.querySelector('[role="status"]')!;
      expect(region === mark.status).to.equal(true);
      expect(status().trim(), 'the live region while held').to.equal('');
      expect(region.getClientRects().length > 0 && win.getComputedStyle(region.closest('.result')!).display, 'in the tree').to.equal('block');
      // Scrolling back up to the boxes puts "Your next step" below the screen: the full answer comes there, unseen.
      mark.box.scrollIntoView({ block: 'start' });
      await until(() => status().includes('Emergency:'), 'the full answer once its heading is below the screen');
      expect(shownAnswers(win, root), 'no-script answer after the full one came').to.equal('');
      expect(root.querySelector('.next-bar')?.getAttribute('data-tier')).to.equal('emergency');
      const record = (win as FixtureWindow).__haven!;
      expect(record.violations).to.deep.equal([]);
      expect(record.errors).to.deep.equal([]);
    });

    it('a held answer survives the element being moved in the page, and is handed over after', async () => {
      const { win, checklist, root } = await heldPage();
      // A CMS re-inserting the element: disconnected and connected again, in the same place.
      checklist.parentNode!.insertBefore(checklist, checklist.nextSibling);
      await checklist.updateComplete;
      expect(shownAnswers(win, root), 'after the move').to.equal('emergency');
      (win as Marked).__prerendered!.box.scrollIntoView({ block: 'start' });
      await fullAnswer(root, 'the hand-over after the move');
      expect(shownAnswers(win, root)).to.equal('');
    });

    it('where the page hides the no-script answers, there is nothing to keep: the full answer comes after the wait that lets it be heard', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=hydrate&mark=answer-hidden`);
      const checklist = doc.querySelector('haven-warning-signs') as Updatable;
      const root = checklist.shadowRoot!;
      await fullAnswer(root, 'the full answer');
      expect((win as Marked).__prerendered!.resultBelow).to.equal(false);
      expect(root.querySelector('.next-bar')?.getAttribute('data-tier')).to.equal('emergency');
      // The live region was emptied (and kept in the accessibility tree) for at least the wait, then said the answer:
      // a region whose text changes as it appears is not announced. The hold is timed as it starts and the answer
      // after it comes, so this is a lower bound.
      const { early, status } = (win as Marked).__prerendered!.timeline;
      expect(early >= 0, 'held').to.equal(true);
      expect(status.map(({ text }) => text.slice(0, 10)), 'what the live region said').to.deep.equal(['', 'Emergency:']);
      expect(status[1].at - early, 'ms between the hold and the answer').to.be.at.least(250);
    });

    it('answers the page hides while held (a late stylesheet) give way to the full answer, so the heading never stands over nothing', async () => {
      const { win, doc, root } = await heldPage();
      const sheet = new (win as Window & typeof globalThis).CSSStyleSheet();
      sheet.replaceSync('haven-warning-signs::part(no-script) { display: none; }');
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      await fullAnswer(root, 'the full answer once the answers are hidden');
      expect(root.querySelector('.next-bar')?.getAttribute('data-tier')).to.equal('emergency');
    });

    it('where the empty result is drawn and no answer (as without :has(), or a theme showing the result part), the full answer comes at once, with no empty box first', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=hydrate&mark=no-has`);
      const checklist = doc.querySelector('haven-warning-signs') as Updatable;
      const root = checklist.shadowRoot!;
      const mark = (win as Marked).__prerendered!;
      expect(mark.statusText.trim(), 'before the script').to.match(/^Nothing is checked yet\./);
      await fullAnswer(root, 'the full answer');
      expect(mark.timeline.early, 'never held').to.equal(-1);
      expect(mark.timeline.status.map(({ text }) => text.slice(0, 10)), 'what the live region said').to.deep.equal(['Emergency:']);
      expect(root.querySelector('.next-bar')?.getAttribute('data-tier')).to.equal('emergency');
    });

    it('a held answer keeps the server\'s render: no open/closed status until the full answer comes', async () => {
      const { win, checklist, root } = await heldPage('&state=hours');
      const states = () => [...root.querySelectorAll('[part~="hours-status"]')].map((status) => status.getAttribute('data-state'));
      expect(states().length > 0, 'the clinic\'s hours are in the answers').to.equal(true);
      expect(states().every((state) => state === ''), states().join()).to.equal(true);
      expect(moved(win), 'moved in view').to.deep.equal([]);
      // The next change brings the full answer, and with it the status (a same-day sign's answer has the clinic).
      root.querySelector<HTMLLabelElement>('label[for="sign-fainted"]')!.click();
      root.querySelector<HTMLLabelElement>('label[for="sign-rh-negative"]')!.click();
      await checklist.updateComplete;
      expect(shownAnswers(win, root)).to.equal('');
      expect(states().some((state) => state === 'open' || state === 'closed'), states().join()).to.equal(true);
    });

    it('a held answer stays while focus is in it (focus would fall to the page), and goes once focus leaves', async () => {
      const { win, root } = await heldPage();
      const call = root.querySelector<HTMLAnchorElement>('.no-script .key[data-tier="emergency"] a[href="tel:911"]')!;
      call.focus();
      const mark = (win as Marked).__prerendered!;
      win.scrollTo(0, 0);
      await new Promise((resolve) => win.setTimeout(resolve, 600));
      expect(root.querySelector('#result-heading')!.getBoundingClientRect().top >= win.innerHeight, 'heading below').to.equal(true);
      expect(shownAnswers(win, root), 'held while focused').to.equal('emergency');
      expect(root.activeElement === call).to.equal(true);
      mark.box.focus({ preventScroll: true });
      await fullAnswer(root, 'the hand-over once focus left');
    });

    it('Clear while the no-script answer shows empties the list and the answer', async () => {
      const { win, checklist, root } = await heldPage();
      root.querySelector<HTMLButtonElement>('button.clear')!.click();
      await checklist.updateComplete;
      expect(root.querySelectorAll('input:checked').length).to.equal(0);
      expect(shownAnswers(win, root)).to.equal('');
      expect(root.querySelector('[role="status"]')!.textContent!.trim()).to.match(/^Nothing is checked yet\./);
      expect(win.getComputedStyle(root.querySelector('.result')!).display).not.to.equal('none');
    });

    it('a patient who changes a box while the no-script answer shows gets the full answer for every ticked box', async () => {
      const { win, checklist, root } = await heldPage();
      const heard: { tier: string | null; signs: string[] }[] = [];
      checklist.addEventListener('haven-triage-change', (e) => heard.push((e as CustomEvent).detail));
      root.querySelector<HTMLLabelElement>('label[for="sign-fever"]')!.click();
      await checklist.updateComplete;
      // The box ticked before the script counts with the new one.
      expect(heard).to.deep.equal([{ tier: 'emergency', signs: ['fainted', 'fever'] }]);
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Emergency:');
      expect(shownAnswers(win, root)).to.equal('');
      const listed = [...root.querySelectorAll('.result .why li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(listed.length, listed.join(' | ')).to.equal(2);
      expect((win as FixtureWindow).__haven!.errors).to.deep.equal([]);
    });

    it('is interactive: ticking a sign by its label updates the result, and Clear empties it', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=hydrate&mark=0`);
      const checklist = doc.querySelector('haven-warning-signs') as Updatable;
      const root = checklist.shadowRoot!;
      const status = () => root.querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ');
      expect(status()).not.to.contain('Emergency:');
      const sign = SIGNS.find((s) => s.id === 'fainted')!;
      const label = [...root.querySelectorAll('label')].find((l) => l.getAttribute('for') === `sign-${sign.id}`)!;
      label.click();
      await checklist.updateComplete;
      expect(status()).to.contain('Emergency:');
      expect(hrefs(root)).to.include('tel:911');
      root.querySelector<HTMLButtonElement>('button.clear')!.click();
      await checklist.updateComplete;
      expect(status()).not.to.contain('Emergency:');
      // The banner's compact toggle and the guide's contents work too.
      const banner = doc.querySelector('haven-crisis-banner') as Updatable;
      const toggle = banner.shadowRoot!.querySelector<HTMLButtonElement>('button.toggle')!;
      toggle.click();
      await banner.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const record = (win as FixtureWindow).__haven!;
      expect(record.violations).to.deep.equal([]);
      expect(record.errors).to.deep.equal([]);
    });

    it('with the plain haven.min.js instead (which cannot hydrate), each element is drawn once, works, and a warning names haven-hydrate.min.js', async () => {
      const { win, doc } = await loadPage(`${PAGE}?script=haven`);
      for (const tag of TAGS) {
        const root = doc.querySelector(tag)!.shadowRoot!;
        expect(root.querySelectorAll('[part~="base"]').length, `${tag}: drawn once`).to.equal(1);
      }
      const checklist = doc.querySelector('haven-warning-signs') as Updatable;
      const root = checklist.shadowRoot!;
      expect(root.querySelectorAll('#sign-fainted').length, 'one box per id').to.equal(1);
      root.querySelector<HTMLLabelElement>('label[for="sign-fainted"]')!.click();
      await checklist.updateComplete;
      expect(root.querySelector('[role="status"]')!.textContent).to.contain('Emergency:');
      const record = (win as FixtureWindow).__haven!;
      expect(record.errors).to.deep.equal([]);
      expect(record.warnings.some((w: string) => w.includes('haven-hydrate.min.js')), record.warnings.join('\n')).to.equal(true);
    });

    it('draws everything exactly where the page without script drew it (no layout shift)', async () => {
      const off = await loadPage(`${PAGE}?script=none`, { defined: false });
      await styled(off.win, off.doc);
      const before = layout(off.doc);
      const on = await loadPage(`${PAGE}?script=hydrate&mark=0`);
      await styled(on.win, on.doc);
      await new Promise((resolve) => on.win.requestAnimationFrame(() => resolve(undefined)));
      expect(layout(on.doc)).to.deep.equal(before);
    });
  });
  describe('other states: GB full banner with local lines and the step-by-step guide with partners, AU compact, US full', () => {
    const STATES = [
      { state: 'gb', region: 'GB', local: 'tel:01133926732' },
      { state: 'au', region: 'AU', local: '' },
      { state: 'us-full', region: 'US', local: 'tel:+17035550142' },
    ] as const;
    for (const { state, region, local } of STATES) {
      const emergency = `tel:${REGIONS[region].emergency}`;
      it(`${state}: without script, whole content, styled, links, no inline style, axe clean; with the script, interactive`, async () => {
        const off = await loadPage(`${PAGE}?script=none&state=${state}&axe=1`, { defined: false });
        await styled(off.win, off.doc);
        const banner = off.doc.querySelector('haven-crisis-banner')!.shadowRoot!;
        expect(hrefs(banner), `${state} banner`).to.include(emergency);
        if (local) expect(hrefs(banner), `${state} banner local line`).to.include(local);
        const crisis = REGIONS[region].crisis.find((line) => line.call)!;
        expect(banner.textContent!.replace(/\s+/g, ' '), `${state} crisis line`).to.contain(crisis.call!);
        for (const tag of TAGS) {
          const root = off.doc.querySelector(tag)!.shadowRoot!;
          expect(root.querySelectorAll('[part~="base"]').length, `${state} ${tag}`).to.equal(1);
          expect(root.querySelectorAll('style, [style]').length, `${state} ${tag} inline style`).to.equal(0);
          expect(headings(root).length > 0, `${state} ${tag} headings`).to.equal(true);
        }
        expect(await axeViolations(off.win, off.doc), `${state}: axe without script`).to.deep.equal([]);
        expect((off.win as FixtureWindow).__haven!.errors).to.deep.equal([]);

        const on = await loadPage(`${PAGE}?script=hydrate&mark=0&state=${state}`);
        const checklist = on.doc.querySelector('haven-warning-signs') as Updatable;
        const root = checklist.shadowRoot!;
        root.querySelector<HTMLLabelElement>('label[for="sign-fainted"]')!.click();
        await checklist.updateComplete;
        expect(root.querySelector('[role="status"]')!.textContent, state).to.contain('Emergency:');
        expect(hrefs(root.querySelector('[part~="result"]')!), state).to.include(emergency);
        const record = (on.win as FixtureWindow).__haven!;
        expect(record.violations, state).to.deep.equal([]);
        expect(record.errors, state).to.deep.equal([]);
      });
    }

    for (const { state } of STATES) {
      it(`${state}: the hydrated page draws everything where the page without script drew it (no layout shift), open/closed statuses included`, async () => {
        const off = await loadPage(`${PAGE}?script=none&state=${state}`, { defined: false });
        await styled(off.win, off.doc);
        const before = layout(off.doc);
        const on = await loadPage(`${PAGE}?script=hydrate&mark=0&state=${state}`);
        await styled(on.win, on.doc);
        await new Promise((resolve) => on.win.requestAnimationFrame(() => resolve(undefined)));
        // The GB and AU pages have lines with opening hours: by now each says "Open now:" or "Closed now:" where the
        // server wrote "Hours:", in the same box.
        const statuses = TAGS.flatMap((tag) => [...on.doc.querySelector(tag)!.shadowRoot!.querySelectorAll('[part~="hours-status"]')]);
        if (state !== 'us-full') expect(statuses.length > 0, `${state}: lines with hours`).to.equal(true);
        const states = statuses.map((status) => status.getAttribute('data-state'));
        expect(states.every((s) => s === 'open' || s === 'closed'), `${state}: ${states}`).to.equal(true);
        expect(layout(on.doc)).to.deep.equal(before);
      });
    }
  });
});
