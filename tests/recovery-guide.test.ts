import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import type { HavenRecoveryGuide } from '../src/recovery-guide/recovery-guide.js';
import { DEFAULT_SECTIONS, guideSection } from '../src/content/guide.js';
import { SIGNS } from '../src/content/signs.js';
import { captureWarnings, link, setAttrs, visibleText } from './helpers.js';

/** The sections shown by default: every built-in one but `partners` (tests/partners.test.ts). */
const TITLES = DEFAULT_SECTIONS.map((id) => guideSection(id)!.title.en);

async function settle(el: HavenRecoveryGuide) {
  // The first render reads the slots, which may render once more.
  await elementUpdated(el);
  await el.updateComplete;
}

async function guide(attrs = '', inner = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  // Parsed from a string, as a CMS would write it.
  host.insertAdjacentHTML('beforeend', `<haven-recovery-guide ${attrs}>${inner}</haven-recovery-guide>`);
  const el = host.querySelector('haven-recovery-guide') as HavenRecoveryGuide;
  await settle(el);
  return el;
}

const shadow = (el: HavenRecoveryGuide) => el.shadowRoot!;
const isShown = (node: Element) => node.getClientRects().length > 0;

/** The contents list's entries, as a reader sees them. */
function contents(el: HavenRecoveryGuide) {
  const nav = shadow(el).querySelector('nav')!;
  return [...nav.querySelectorAll('button')].map((b) => ({ text: b.textContent!.replace(/\s+/g, ' ').trim(), button: b }));
}

async function choose(el: HavenRecoveryGuide, title: string) {
  const entry = contents(el).find((e) => e.text === title);
  expect(entry, `contents entry "${title}"`).to.exist;
  entry!.button.click();
  await settle(el);
}

/** Section headings on screen, in order (built-in ones in the shadow root, the clinic's in the light DOM). */
function shownSectionHeadings(el: HavenRecoveryGuide, level: number) {
  return [...shadow(el).querySelectorAll(`h${level}[id$="-heading"]`)].filter(isShown).map((h) => h.textContent!.trim());
}

/** The element that has focus, looking inside the guide's shadow root. */
function focused(el: HavenRecoveryGuide): Element | null {
  if (document.activeElement === el) return shadow(el).activeElement;
  return document.activeElement;
}

function button(el: HavenRecoveryGuide, name: string) {
  return [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.replace(/\s+/g, ' ').includes(name))!;
}

function progress(el: HavenRecoveryGuide) {
  return shadow(el).querySelector('.progress')?.textContent?.trim();
}

async function clickAndSettle(el: HavenRecoveryGuide, b: HTMLElement) {
  b.focus();
  b.click();
  await settle(el);
}

/** Style rules inside `@media print` that apply to the guide's shadow root. */
function printRules(el: HavenRecoveryGuide): CSSStyleRule[] {
  const root = shadow(el);
  const sheets = [...(root.adoptedStyleSheets ?? []), ...[...root.querySelectorAll('style')].map((s) => s.sheet!)];
  const rules: CSSStyleRule[] = [];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && rule.media.mediaText.includes('print')) {
        for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) rules.push(inner);
      }
    }
  }
  return rules;
}

/** The `display` the print rules give an element (the last matching rule wins, as they have equal weight here). */
function printDisplay(el: HavenRecoveryGuide, node: Element): string | undefined {
  let display: string | undefined;
  for (const rule of printRules(el)) {
    let matches = false;
    try {
      matches = node.matches(rule.selectorText);
    } catch {
      // ::slotted() selectors cannot be matched from script.
    }
    if (matches && rule.style.display) display = rule.style.display;
  }
  return display;
}

const SLOTTED = `
  <section slot="section-physical"><h3>Your body after your loss</h3><p>Words from our nurses.</p></section>
  <section slot="extra" data-title="Our support group"><h3>Join our group</h3><p>We meet on Tuesdays.</p></section>
  <div slot="extra"><h3>Parking at the clinic</h3><p>Park at the back.</p></div>`;

describe('<haven-recovery-guide>', () => {
  describe('page layout (default)', () => {
    it('shows every section in order, each heading one level below the guide title', async () => {
      const el = await guide();
      const title = shadow(el).querySelector('h2')!;
      expect(title.textContent!.trim()).to.equal('Healing after pregnancy loss');
      expect(shownSectionHeadings(el, 3)).to.deep.equal(TITLES);
      expect(contents(el).map((e) => e.text)).to.deep.equal(TITLES);
      for (const h of shadow(el).querySelectorAll('h3[id$="-heading"]')) expect(h.getAttribute('tabindex')).to.equal('-1');
      expect(shadow(el).querySelectorAll('h4').length).to.be.greaterThan(3);
    });

    it('follows heading-level', async () => {
      const el = await guide('heading-level="4"');
      expect(shadow(el).querySelector('h4#title')).to.exist;
      expect(shownSectionHeadings(el, 5)).to.deep.equal(TITLES);
      expect(shadow(el).querySelector('h2, h3')).to.equal(null);
    });

    it('is a labelled landmark with a labelled contents list', async () => {
      const el = await guide();
      const region = shadow(el).querySelector('[aria-labelledby]')!;
      expect(region.localName).to.equal('section');
      expect(shadow(el).getElementById(region.getAttribute('aria-labelledby')!.split(' ')[0])!.textContent).to.equal('Healing after pregnancy loss');
      expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Contents');
      expect(progress(el)).to.equal(undefined);
    });

    it('moves focus to a section heading chosen in the contents list', async () => {
      const el = await guide();
      await choose(el, 'If you are in crisis');
      expect(document.activeElement).to.equal(el);
      expect(focused(el)!.textContent!.trim()).to.equal('If you are in crisis');
      expect(focused(el)!.localName).to.equal('h3');
      await choose(el, 'The feelings you may have');
      expect(focused(el)!.textContent!.trim()).to.equal('The feelings you may have');
    });

    it('shows its text in plain words', async () => {
      const el = await guide();
      const text = visibleText(el);
      for (const phrase of ['guilt', 'numb', 'Partners grieve too', 'follow-up visits', 'Let yourself grieve', 'faith leader', 'Trouble sleeping or eating', 'Reaching out is brave']) {
        expect(text.toLowerCase()).to.include(phrase.toLowerCase());
      }
      expect(text).not.to.match(/spontaneous abortion|products of conception|\bfailed\b/i);
    });

    it('is accessible', async () => {
      const el = await guide('clinic-name="All About Women" clinic-phone="(703) 437-0001"');
      await expect(el).to.be.accessible();
    });
  });

  describe('warning signs', () => {
    it('lists the emergency, care-now and call-today body signs from the shared data, with the fever in °F in the US', async () => {
      const el = await guide('clinic-name="All About Women" clinic-phone="(703) 437-0001" after-hours-phone="(703) 555-0199"');
      const emergency = shadow(el).querySelector('.signs.emergency')!;
      const now = shadow(el).querySelector('.signs.now')!;
      const today = shadow(el).querySelector('.signs.today')!;
      // Section h3, "Warning signs" h4, then each group.
      expect(emergency.querySelector('h5')!.textContent).to.equal('Get emergency care now');
      expect(now.querySelector('h5')!.textContent).to.equal('Get care right away, at any hour');
      expect(today.querySelector('h5')!.textContent).to.equal('Call your clinic today');
      const ids = (group: Element) => [...group.querySelectorAll('li[data-sign]')].map((li) => li.getAttribute('data-sign'));
      for (const [group, tier] of [[emergency, 'emergency'], [now, 'now'], [today, 'today']] as const) {
        expect(ids(group)).to.deep.equal(SIGNS.filter((s) => s.group === 'body' && s.tier === tier).map((s) => s.id));
      }
      expect(now.textContent).to.include('100.4°F');
      expect(link(el, 'Call 911')!.getAttribute('href')).to.equal('tel:911');
      // Care now: the after-hours line first, then the emergency number; never "not an emergency".
      expect([...now.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+17035550199', 'tel:911']);
      expect(now.textContent).not.to.match(/not an emergency/i);
      expect(today.querySelector('a')!.getAttribute('href')).to.equal('tel:+17034370001');
    });

    it('names the region’s nurse line for care at any hour when the clinic gave no after-hours line', async () => {
      for (const [region, nurse] of [['AU', 'tel:1800633422'], ['NZ', 'tel:0800611116'], ['GB', 'tel:111'], ['CA', 'tel:811']]) {
        const el = await guide(`region="${region}" sections="physical"`);
        const now = shadow(el).querySelector('.signs.now')!;
        expect([...now.querySelectorAll('a')][0].getAttribute('href'), region).to.equal(nurse);
      }
    });

    it('uses °C and "your local emergency number" where Haven has no data', async () => {
      const warnings = captureWarnings();
      const el = await guide('region="FR"');
      warnings.restore();
      const text = visibleText(el);
      expect(text).to.include('38°C');
      expect(text).not.to.include('°F');
      expect(text).to.include('Call your local emergency number');
      expect(text).not.to.match(/\b(911|988)\b/);
      expect(link(el, 'Find a helpline in your country')!.getAttribute('href')).to.equal('https://findahelpline.com/');
      await expect(el).to.be.accessible();
    });
  });

  describe('crisis and contact sections', () => {
    it('gives 911, 988 by call or text, the helpline directory, the ER and someone you trust', async () => {
      const el = await guide('sections="crisis"');
      expect(link(el, 'Call 911')!.getAttribute('href')).to.equal('tel:911');
      expect(link(el, 'Call 988')!.getAttribute('href')).to.equal('tel:988');
      expect(link(el, 'Text 988')!.getAttribute('href')).to.equal('sms:988');
      expect(link(el, 'Find a helpline in your country')!.getAttribute('href')).to.equal('https://findahelpline.com/');
      const text = visibleText(el);
      expect(text).to.include('988 Suicide & Crisis Lifeline');
      expect(text).to.include('Go to the nearest emergency room.');
      expect(text).not.to.match(/urgent care/i);
      expect(text).to.include('Tell someone you trust');
      expect(text).to.include('Reaching out is brave');
    });

    it('names the clinic and links its number', async () => {
      const el = await guide('sections="contact" clinic-name="All About Women" clinic-phone="(703) 437-0001"');
      expect(visibleText(el)).to.include('All About Women');
      expect(link(el, 'Call (703) 437-0001')!.getAttribute('href')).to.equal('tel:+17034370001');
    });

    it('reads sensibly without a clinic name or number', async () => {
      const el = await guide('sections="contact"');
      const text = visibleText(el);
      expect(text).to.include('Your clinic');
      expect(text).to.include('Call your doctor, nurse or midwife.');
      expect(text).not.to.include('undefined');
    });

    it('offers help right away from "When to get more support"', async () => {
      const el = await guide('sections="support"');
      expect(visibleText(el)).to.include('that is a crisis');
      expect(link(el, 'Call 988')).to.exist;
      expect(link(el, 'Call 911')).to.exist;
    });

    it('lists the region’s support lines, each marked as not a crisis line, with its hours', async () => {
      const cases: [string, string[]][] = [
        ['US', ['maternal-mental-health-hotline', 'postpartum-support-international']],
        ['GB', ['miscarriage-association']],
        ['AU', ['panda']],
        ['CA', []],
      ];
      for (const [region, ids] of cases) {
        const el = await guide(`region="${region}" sections="support"`);
        const block = shadow(el).querySelector('[part~="support-lines"]');
        const shown = block ? [...block.querySelectorAll('[data-line]')] : [];
        expect(shown.map((li) => li.getAttribute('data-line')), region).to.deep.equal(ids);
        for (const li of shown) expect(li.textContent, region).to.include('Support line, not a crisis line');
      }
      const gb = await guide('region="GB" sections="support"');
      expect(visibleText(gb)).to.include('Wednesday and Friday, 9 AM to 8 PM (UK time)');
      await expect(gb).to.be.accessible();
    });

    it('shows Northern Ireland’s Lifeline in the UK, and says NHS 111 is for England, Scotland and Wales', async () => {
      const el = await guide('region="GB" sections="crisis"');
      expect(link(el, 'Call 0808 808 8000')!.getAttribute('href')).to.equal('tel:08088088000');
      expect(visibleText(el)).to.include('Lifeline (Northern Ireland)');
      expect(visibleText(el)).to.include('in England, Scotland and Wales');
      expect(visibleText(el)).to.include('Not in Northern Ireland');
    });
  });

  describe('sections attribute', () => {
    it('chooses and orders the sections', async () => {
      const el = await guide('sections="crisis emotions"');
      expect(shownSectionHeadings(el, 3)).to.deep.equal(['If you are in crisis', 'The feelings you may have']);
      expect(contents(el).map((e) => e.text)).to.deep.equal(['If you are in crisis', 'The feelings you may have']);
    });

    it('ignores unknown ids with one warning naming the attribute', async () => {
      const warnings = captureWarnings();
      const el = await guide('sections="physical recipes crisis"');
      warnings.restore();
      expect(shownSectionHeadings(el, 3)).to.deep.equal(['How your body heals', 'If you are in crisis']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('sections').and.to.include('recipes');
    });

    it('shows every section when no id is known', async () => {
      const warnings = captureWarnings();
      const el = await guide('sections="recipes"');
      warnings.restore();
      expect(shownSectionHeadings(el, 3)).to.deep.equal(TITLES);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('sections');
    });

    it('follows changes', async () => {
      const el = await guide();
      await setAttrs(el, { sections: 'contact' });
      expect(shownSectionHeadings(el, 3)).to.deep.equal(['We are here for you']);
      await setAttrs(el, { sections: null });
      expect(shownSectionHeadings(el, 3)).to.deep.equal(TITLES);
    });
  });

  describe('steps layout', () => {
    it('shows one section at a time with its progress, and moves focus to each new heading', async () => {
      const el = await guide('layout="steps"');
      expect(shownSectionHeadings(el, 3)).to.deep.equal([TITLES[0]]);
      expect(progress(el)).to.equal('Section 1 of 6');
      const previous = button(el, 'Previous');
      const next = button(el, 'Next');
      expect(previous.getAttribute('aria-disabled')).to.equal('true');
      expect(next.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();

      await clickAndSettle(el, next);
      expect(progress(el)).to.equal('Section 2 of 6');
      expect(shownSectionHeadings(el, 3)).to.deep.equal([TITLES[1]]);
      expect(focused(el)!.textContent!.trim()).to.equal(TITLES[1]);
      expect(previous.getAttribute('aria-disabled')).to.equal('false');
      await expect(el).to.be.accessible();

      await clickAndSettle(el, previous);
      expect(progress(el)).to.equal('Section 1 of 6');
      expect(focused(el)!.textContent!.trim()).to.equal(TITLES[0]);
    });

    it('keeps focus on a button pressed at either end', async () => {
      const el = await guide('layout="steps"');
      const previous = button(el, 'Previous');
      await clickAndSettle(el, previous);
      expect(progress(el)).to.equal('Section 1 of 6');
      expect(focused(el)).to.equal(previous);

      await choose(el, 'We are here for you');
      expect(progress(el)).to.equal('Section 6 of 6');
      expect(focused(el)!.textContent!.trim()).to.equal('We are here for you');
      const next = button(el, 'Next');
      expect(next.getAttribute('aria-disabled')).to.equal('true');
      await clickAndSettle(el, next);
      expect(progress(el)).to.equal('Section 6 of 6');
      expect(focused(el)).to.equal(next);
      await expect(el).to.be.accessible();
    });

    it('marks the current section in the contents list', async () => {
      const el = await guide('layout="steps"');
      await choose(el, 'If you are in crisis');
      expect(progress(el)).to.equal('Section 5 of 6');
      const current = contents(el).filter((e) => e.button.getAttribute('aria-current') === 'step');
      expect(current.map((e) => e.text)).to.deep.equal(['If you are in crisis']);
    });

    it('counts only the chosen sections', async () => {
      const el = await guide('layout="steps" sections="crisis contact"');
      expect(progress(el)).to.equal('Section 1 of 2');
      expect(shownSectionHeadings(el, 3)).to.deep.equal(['If you are in crisis']);
    });

    it('falls back to the page layout for an unknown layout, with a warning', async () => {
      const warnings = captureWarnings();
      const el = await guide('layout="cards"');
      warnings.restore();
      expect(shownSectionHeadings(el, 3)).to.deep.equal(TITLES);
      expect(warnings.messages.join()).to.include('layout');
    });
  });

  describe("the clinic's own sections", () => {
    it('replaces a built-in section and adds extra ones, all in the contents list', async () => {
      const el = await guide('', SLOTTED);
      expect(contents(el).map((e) => e.text)).to.deep.equal([
        TITLES[0],
        'Your body after your loss',
        ...TITLES.slice(2),
        'Our support group',
        'Parking at the clinic',
      ]);
      expect(shownSectionHeadings(el, 3)).not.to.include('How your body heals');
      expect(isShown(el.querySelector('[slot="section-physical"]')!)).to.equal(true);
      for (const extra of el.querySelectorAll('[slot="extra"]')) expect(isShown(extra)).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("moves focus to the clinic's heading, making it focusable", async () => {
      const el = await guide('', SLOTTED);
      const h = el.querySelector('[slot="section-physical"] h3')!;
      expect(h.hasAttribute('tabindex')).to.equal(false);
      await choose(el, 'Your body after your loss');
      expect(h.getAttribute('tabindex')).to.equal('-1');
      expect(document.activeElement).to.equal(h);
      await choose(el, 'Our support group');
      expect(document.activeElement!.textContent).to.equal('Join our group');
    });

    it('walks through replaced and extra sections in the steps layout', async () => {
      const el = await guide('layout="steps"', SLOTTED);
      const [group, parking] = [...el.querySelectorAll('[slot="extra"]')];
      expect(progress(el)).to.equal('Section 1 of 8');
      expect(isShown(el.querySelector('[slot="section-physical"]')!)).to.equal(false);
      expect(isShown(group)).to.equal(false);

      await clickAndSettle(el, button(el, 'Next'));
      expect(progress(el)).to.equal('Section 2 of 8');
      expect(isShown(el.querySelector('[slot="section-physical"]')!)).to.equal(true);
      expect(document.activeElement!.textContent).to.equal('Your body after your loss');

      await choose(el, 'Our support group');
      expect(progress(el)).to.equal('Section 7 of 8');
      expect(isShown(group)).to.equal(true);
      expect(isShown(parking)).to.equal(false);
      expect(document.activeElement!.textContent).to.equal('Join our group');
      await expect(el).to.be.accessible();

      await clickAndSettle(el, button(el, 'Next'));
      expect(progress(el)).to.equal('Section 8 of 8');
      expect(isShown(group)).to.equal(false);
      expect(isShown(parking)).to.equal(true);
      expect(document.activeElement!.textContent).to.equal('Parking at the clinic');

      await setAttrs(el, { layout: 'page' });
      expect(isShown(group)).to.equal(true);
      expect(isShown(parking)).to.equal(true);
    });

    it('notices sections added and removed later', async () => {
      const el = await guide();
      const extra = document.createElement('section');
      extra.slot = 'extra';
      extra.innerHTML = '<h3>Our chaplain</h3><p>She is here on Fridays.</p>';
      el.append(extra);
      await settle(el);
      await new Promise((r) => setTimeout(r));
      await settle(el);
      expect(contents(el).map((e) => e.text).slice(-1)[0]).to.equal('Our chaplain');
      extra.remove();
      await new Promise((r) => setTimeout(r));
      await settle(el);
      expect(contents(el).map((e) => e.text)).to.deep.equal(TITLES);
    });
  });

  describe('printing', () => {
    it('prints from a real button', async () => {
      const el = await guide();
      const original = window.print;
      let printed = 0;
      window.print = () => {
        printed += 1;
      };
      try {
        button(el, 'Print this guide').click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
    });

    it('hides the controls, shows every chosen section and the clinic on paper', async () => {
      const el = await guide('layout="steps" sections="emotions physical crisis" clinic-name="All About Women" clinic-phone="(703) 437-0001"', SLOTTED);
      const root = shadow(el);
      for (const selector of ['.tools', 'nav', '.progress', '.step-nav']) {
        expect(printDisplay(el, root.querySelector(selector)!), selector).to.equal('none');
      }
      const hiddenSteps = [...root.querySelectorAll('.step[hidden]')];
      const chosen = hiddenSteps.filter((s) => !s.classList.contains('unused'));
      expect(chosen.length).to.be.greaterThan(0);
      for (const step of chosen) expect(printDisplay(el, step), step.getAttribute('data-section')!).to.equal('block');
      for (const step of hiddenSteps.filter((s) => s.classList.contains('unused'))) expect(printDisplay(el, step)).to.equal(undefined);
      // The clinic's extra sections are hidden on screen only.
      const screenOnly = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((s) => s.sheet!)]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'screen');
      expect(screenOnly.map((r) => r.cssText).join()).to.include('data-haven-inactive');

      const clinic = root.querySelector('.print-clinic')!;
      expect(isShown(clinic)).to.equal(false);
      expect(printDisplay(el, clinic)).to.equal('block');
      expect(clinic.textContent!.replace(/\s+/g, ' ')).to.include('All About Women · (703) 437-0001');
    });
  });

  describe('sources', () => {
    it('lists the sources and the review date in a collapsed footer', async () => {
      const el = await guide('sections="physical"');
      const details = shadow(el).querySelector('footer details') as HTMLDetailsElement;
      expect(details.open).to.equal(false);
      expect(details.querySelector('summary')!.textContent).to.equal('Sources');
      details.querySelector('summary')!.click();
      await settle(el);
      expect(details.open).to.equal(true);
      const text = details.textContent!.replace(/\s+/g, ' ');
      expect(text).to.include('MyHealth Alberta');
      expect(text).to.include('UpToDate');
      expect(text).to.include('Compared with these sources: December 2, 2026. Next review due: June 2, 2027.');
      expect([...details.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
        '2026-12-02',
        '2027-06-02',
      ]);
      await expect(el).to.be.accessible();
    });

    it('lists only the sources of the sections shown', async () => {
      const el = await guide('sections="crisis"');
      const ids = [...shadow(el).querySelectorAll('[data-source]')].map((li) => li.getAttribute('data-source'));
      expect(ids).to.deep.equal(['988']);
    });

    it('names every source a built-in section cites', async () => {
      const { GUIDE_SECTIONS, sectionSources } = await import('../src/content/guide.js');
      const { SOURCES } = await import('../src/content/sources.js');
      for (const section of GUIDE_SECTIONS) {
        for (const id of sectionSources(section)) expect(SOURCES, `${section.id} cites ${id}`).to.have.property(id);
      }
    });
  });
});
