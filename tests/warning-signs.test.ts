import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { HavenWarningSigns, TriageChangeDetail } from '../src/warning-signs/warning-signs.js';
import { SIGNS, TIERS, signLabel } from '../src/content/signs.js';
import { TRIAGE } from '../src/content/triage.js';
import { captureWarnings, setAttrs, visibleText } from './helpers.js';

const US_CLINIC = 'clinic-name="All About Women" clinic-phone="(703) 437-0001"';
const label = (id: string, unit: 'F' | 'C' = 'F') => signLabel(SIGNS.find((s) => s.id === id)!, 'en', unit);

async function checklist(attrs = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  // Parsed from a string so each test passes raw attribute text, as a CMS would.
  host.insertAdjacentHTML('beforeend', `<haven-warning-signs ${attrs}></haven-warning-signs>`);
  const el = host.querySelector('haven-warning-signs') as HavenWarningSigns;
  await elementUpdated(el);
  return el;
}

/** The checkbox a patient would tick for the label that starts with `text`. */
function checkbox(el: Element, text: string): HTMLInputElement {
  const found = [...el.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(text));
  if (!found) throw new Error(`no checkbox labelled "${text}"`);
  return found.control as HTMLInputElement;
}

/** Clicks the label that starts with `text`, as a patient would, and waits for the result. */
async function tick(el: HavenWarningSigns, text: string) {
  const box = checkbox(el, text);
  box.labels![0].click();
  await elementUpdated(el);
  return box;
}

function result(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector('[part~="result"]')!;
}

function resultText(el: Element): string {
  return (result(el).innerText ?? result(el).textContent!).replace(/\s+/g, ' ').trim();
}

/** Links in the result area, as a patient would read and tap them. */
function resultLinks(el: Element) {
  return [...result(el).querySelectorAll('a')].map((a) => ({
    text: a.textContent!.replace(/\s+/g, ' ').trim(),
    href: a.getAttribute('href') ?? '',
    a,
  }));
}

/** The compact next-step bar, or null when it is not showing. */
function bar(el: Element): HTMLElement | null {
  return el.shadowRoot!.querySelector('[part~="next-bar"]');
}

/** The bar's one action link: what a patient taps there. */
function barLink(el: Element): HTMLAnchorElement {
  const links = [...bar(el)!.querySelectorAll('a')];
  expect(links).to.have.length(1);
  return links[0];
}

function resultLink(el: Element, text: string) {
  return resultLinks(el).find((l) => l.text.startsWith(text));
}

function recordEvents(el: Element) {
  const seen: TriageChangeDetail[] = [];
  // On the document: the event bubbles out of the shadow root and past the host.
  const listener = (e: CustomEvent<TriageChangeDetail>) => seen.push(e.detail);
  document.addEventListener('haven-triage-change', listener);
  return { seen, stop: () => document.removeEventListener('haven-triage-change', listener), el };
}

describe('<haven-warning-signs>', () => {
  describe('the sign data', () => {
    it('gives every sign a unique id, a tier, a source and a label', () => {
      expect(SIGNS.length).to.be.greaterThan(0);
      expect(new Set(SIGNS.map((s) => s.id)).size).to.equal(SIGNS.length);
      for (const sign of SIGNS) {
        expect(TIERS, sign.id).to.include(sign.tier);
        expect(sign.sources.length, sign.id).to.be.greaterThan(0);
        expect(sign.label.en.trim(), sign.id).not.to.equal('');
        if (sign.tier === 'expected') expect(sign.care?.en, sign.id).to.be.a('string');
      }
    });

    it('has patient-friendly words only', () => {
      const all = JSON.stringify([SIGNS, TRIAGE]);
      expect(all).not.to.match(/spontaneous abortion|products of conception|fail/i);
    });
  });

  describe('the checklist', () => {
    it('renders every sign as a real checkbox with its own label, in two labelled groups', async () => {
      const el = await checklist();
      const root = el.shadowRoot!;
      const legends = [...root.querySelectorAll('fieldset > legend')].map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['Your body', 'Your feelings']);
      const boxes = [...root.querySelectorAll<HTMLInputElement>('input')];
      expect(boxes).to.have.length(SIGNS.length);
      expect(new Set(boxes.map((b) => b.id)).size).to.equal(boxes.length);
      SIGNS.forEach((sign, i) => {
        expect(boxes[i].type).to.equal('checkbox');
        expect(boxes[i].value).to.equal(sign.id);
        expect(boxes[i].labels![0].textContent!.trim()).to.equal(label(sign.id));
        expect(boxes[i].closest('fieldset')!.querySelector('legend')!.textContent).to.equal(
          sign.group === 'body' ? 'Your body' : 'Your feelings',
        );
      });
    });

    it('makes each checkbox at least 24 by 24 CSS pixels', async () => {
      const el = await checklist();
      for (const box of el.shadowRoot!.querySelectorAll('input')) {
        const { width, height } = box.getBoundingClientRect();
        expect(width).to.be.at.least(24);
        expect(height).to.be.at.least(24);
      }
    });

    it('is a labelled landmark with a visible note that it does not replace medical advice', async () => {
      const el = await checklist();
      const section = el.shadowRoot!.querySelector('section')!;
      const name = el.shadowRoot!.getElementById(section.getAttribute('aria-labelledby')!.split(' ')[0])!;
      expect(name.textContent).to.equal('Warning signs after a miscarriage');
      expect(visibleText(el)).to.include('does not replace advice from your doctor, nurse or midwife');
      expect(visibleText(el)).to.include('If you are not sure, call them.');
    });

    it('shows a calm prompt in a status area that is there from the start', async () => {
      const el = await checklist();
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(result(el).contains(status)).to.equal(true);
      expect(resultText(el)).to.include('Nothing is checked yet');
      expect(resultLinks(el)).to.have.length(0);
      await tick(el, 'Cramps like period pain');
      expect(el.shadowRoot!.querySelector('[role="status"]') === status, 'the same live region').to.equal(true);
    });

    it('shows the fever threshold in °F in the US', async () => {
      const el = await checklist();
      expect(checkbox(el, 'A temperature of').labels![0].textContent).to.include('100.4°F');
    });
  });

  describe('one next step per tier', () => {
    it('emergency: call 911 or go to the emergency room, and says why', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'You fainted or collapsed');
      const text = resultText(el);
      expect(text).to.match(/^Emergency: Get help right now\./);
      expect(text).to.include('You checked: You fainted or collapsed');
      expect(text).to.include('Call 911 or go to the nearest emergency room.');
      expect(resultLink(el, 'Call 911')!.href).to.equal('tel:911');
      expect(resultLink(el, 'Call 911')!.a.classList.contains('urgent')).to.equal(true);
      expect(result(el).dataset.tier).to.equal('emergency');
      // Only one primary action: the clinic is not offered in an emergency.
      expect(resultLink(el, 'Call (703) 437-0001')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('emergency from feelings: 911 first, the crisis line too', async () => {
      const el = await checklist();
      await tick(el, 'You have a plan to end your life');
      expect(resultText(el)).to.match(/^Emergency:/);
      expect(resultLinks(el)[0].href).to.equal('tel:911');
      expect(resultLink(el, 'Call 988')!.href).to.equal('tel:988');
      expect(resultLink(el, 'Call 988')!.a.classList.contains('urgent')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('crisis: call or text 988, the Crisis Text Line, and 911', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Thoughts of hurting yourself');
      const text = resultText(el);
      expect(text).to.match(/^Urgent: Please talk to someone right now\./);
      expect(text).to.include('You checked: Thoughts of hurting yourself');
      const primary = resultLinks(el)[0];
      expect(primary.text).to.equal('Call 988');
      expect(primary.href).to.equal('tel:988');
      expect(primary.a.classList.contains('urgent')).to.equal(true);
      expect(resultLink(el, 'Text 988')!.href).to.equal('sms:988');
      expect(resultLink(el, 'Text HOME to 741741')!.href).to.equal('sms:741741?body=HOME');
      expect(resultLink(el, 'Call 911')!.href).to.equal('tel:911');
      expect(text).not.to.match(/press 3|273[-\s.]?8255/);
      expect(result(el).dataset.tier).to.equal('crisis');
      await expect(el).to.be.accessible();
    });

    it('today: call the clinic, with a way out if it gets worse', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'A pregnancy test that is still positive');
      const text = resultText(el);
      expect(text).to.match(/^Call today: Call your clinic today\./);
      expect(text).to.include('All About Women');
      expect(text).not.to.match(/not an emergency/i);
      const primary = resultLinks(el)[0];
      expect(primary.text).to.equal('Call (703) 437-0001');
      // If the clinic is closed, there is still somewhere to go.
      expect(text).to.include('If you cannot reach them today: see another doctor or a clinic near you.');
      expect(primary.href).to.equal('tel:+17034370001');
      expect(primary.a.classList.contains('primary')).to.equal(true);
      expect(resultLink(el, 'Call 911')!.a.classList.contains('urgent')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('today without clinic-phone: call your doctor, nurse or midwife, or go to urgent care', async () => {
      const el = await checklist();
      await tick(el, 'A pregnancy test that is still positive');
      expect(resultText(el)).to.include(
        'Call your doctor, nurse or midwife today. If you cannot reach them today: see another doctor or a clinic near you.',
      );
      expect(resultLinks(el).map((l) => l.href)).to.deep.equal(['tel:911']);
      await expect(el).to.be.accessible();
    });

    it('today from a feelings sign: the clinic, and the crisis line in case it gets heavier', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Sadness, hopelessness, panic or flashbacks');
      const text = resultText(el);
      expect(text).to.match(/^Call today:/);
      expect(text).to.include('If it gets too heavy to carry, or you have thoughts of hurting yourself, talk to someone now:');
      expect(resultLinks(el).map((l) => l.href)).to.deep.equal(['tel:+17034370001', 'tel:988', 'tel:911']);
      await expect(el).to.be.accessible();
    });

    it('today for Rh-negative: ask within 3 days (72 hours)', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Your blood type is Rh-negative');
      expect(resultText(el)).to.match(/^Call today:/);
      expect(resultText(el)).to.include('Ask within 3 days (72 hours)');
    });

    it('today with a clinic-phone that is not a number: shows it as text, never as a link', async () => {
      const warnings = captureWarnings();
      const el = await checklist('clinic-phone="ask at reception"');
      warnings.restore();
      await tick(el, 'A pregnancy test that is still positive');
      expect(resultText(el)).to.include('ask at reception');
      expect(resultText(el)).to.include('If you cannot reach them today: see another doctor or a clinic near you.');
      expect(resultLinks(el).map((l) => l.href)).to.deep.equal(['tel:911']);
      expect(warnings.messages.join()).to.include('clinic-phone');
    });

    it('follow-up: write it down for the visit; the clinic number is a plain link', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'No period by 6 to 8 weeks');
      const text = resultText(el);
      expect(text).to.match(/^Not urgent: Bring it up at your follow-up visit\./);
      expect(text).to.include('Write it down');
      const call = resultLink(el, 'Call (703) 437-0001')!;
      expect(call.href).to.equal('tel:+17034370001');
      expect(call.a.classList.contains('plain')).to.equal(true);
      expect(resultLink(el, 'Call 911')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });

    it('follow-up without clinic-phone: no link at all', async () => {
      const el = await checklist();
      await tick(el, 'Questions about why it happened');
      expect(resultLinks(el)).to.have.length(0);
    });

    it('expected: says it is common and gives each checked sign its care note', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Cramps like period pain');
      await tick(el, 'Feeling very tired');
      const text = resultText(el);
      expect(text).to.match(/^Common: This is common after a miscarriage\./);
      expect(text).to.include(SIGNS.find((s) => s.id === 'cramping')!.care!.en);
      expect(text).to.include(SIGNS.find((s) => s.id === 'tiredness')!.care!.en);
      expect(text).not.to.include(SIGNS.find((s) => s.id === 'mood-swings')!.care!.en);
      expect(resultLinks(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('the most urgent checked tier wins, and unchecking goes back', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Cramps like period pain');
      expect(resultText(el)).to.match(/^Common:/);
      await tick(el, 'No period by 6 to 8 weeks');
      expect(resultText(el)).to.match(/^Not urgent:/);
      await tick(el, 'A pregnancy test that is still positive');
      expect(resultText(el)).to.match(/^Call today:/);
      await tick(el, 'Clots bigger than a walnut');
      expect(resultText(el)).to.match(/^Get care now:/);
      await tick(el, 'Thoughts of hurting yourself');
      expect(resultText(el)).to.match(/^Urgent:/);
      await tick(el, 'You fainted or collapsed');
      expect(resultText(el)).to.match(/^Emergency:/);
      // A more urgent sign never hides another that needs action, and thoughts of self-harm keep their crisis line.
      expect(resultText(el)).to.include('Clots bigger than a walnut');
      expect(resultText(el)).to.include('A pregnancy test that is still positive');
      expect(resultText(el)).to.include('Thoughts of hurting yourself');
      expect(resultLink(el, 'Call 988')!.href).to.equal('tel:988');
      // Common and follow-up signs are not listed under a more urgent result.
      expect(resultText(el)).not.to.include('Cramps like period pain');

      await tick(el, 'You fainted or collapsed');
      expect(resultText(el)).to.match(/^Urgent:/);
      await tick(el, 'Thoughts of hurting yourself');
      expect(resultText(el)).to.match(/^Get care now:/);
      await tick(el, 'Clots bigger than a walnut');
      expect(resultText(el)).to.match(/^Call today:/);
      await tick(el, 'A pregnancy test that is still positive');
      expect(resultText(el)).to.match(/^Not urgent:/);
      await tick(el, 'No period by 6 to 8 weeks');
      await tick(el, 'Cramps like period pain');
      expect(resultText(el)).to.include('Nothing is checked yet');
    });
  });

  describe('the next-step bar', () => {
    it('is not there with nothing checked; for call-today, follow-up and common signs it is calm', async () => {
      const el = await checklist(US_CLINIC);
      expect(bar(el) === null, 'no bar before a sign is checked').to.equal(true);
      await tick(el, 'A pregnancy test that is still positive');
      expect(resultText(el)).to.match(/^Call today:/);
      expect(bar(el)!.classList.contains('calm')).to.equal(true);
      expect(barLink(el).getAttribute('href'), 'the clinic’s call').to.equal('tel:+17034370001');
      await tick(el, 'A pregnancy test that is still positive');
      await tick(el, 'No period by 6 to 8 weeks');
      expect(bar(el)!.dataset.tier).to.equal('follow-up');
      expect(bar(el)!.querySelectorAll('a')).to.have.length(0);
      await tick(el, 'No period by 6 to 8 weeks');
      await tick(el, 'Cramps like period pain');
      expect(bar(el)!.dataset.tier).to.equal('expected');
      expect(bar(el)!.textContent).to.include('What to do');
    });

    it('emergency: says "Emergency:" and offers the same Call 911 link as the result', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Bleeding that soaks one or more thick pads');
      const shown = bar(el)!;
      expect(shown).to.exist;
      expect(shown.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Emergency: Call 911 What to do$/);
      const call = barLink(el);
      expect(call.textContent!.trim()).to.equal('Call 911');
      expect(call.getAttribute('href')).to.equal('tel:911');
      expect(call.getAttribute('href')).to.equal(resultLinks(el)[0].href);
      // Sticky at the bottom of the screen, inside the checklist's wrapper.
      expect(getComputedStyle(shown).position).to.equal('sticky');
      expect(shown.closest('[part~="base"]')).to.equal(el.shadowRoot!.querySelector('section'));
    });

    it('crisis: says "Urgent:" and offers the same Call 988 link as the result', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Thoughts of hurting yourself');
      expect(bar(el)!.textContent).to.include('Urgent:');
      const call = barLink(el);
      expect(call.textContent!.trim()).to.equal('Call 988');
      expect(call.getAttribute('href')).to.equal('tel:988');
      expect(call.getAttribute('href')).to.equal(resultLinks(el)[0].href);
    });

    it('care now: says "Get care now:" and offers the after-hours line, else the nurse line, else 911', async () => {
      const el = await checklist(`${US_CLINIC} after-hours-phone="(703) 555-0199"`);
      await tick(el, 'Clots bigger than a walnut');
      expect(bar(el)!.textContent).to.include('Get care now:');
      expect(barLink(el).getAttribute('href')).to.equal('tel:+17035550199');
      expect(barLink(el).getAttribute('href')).to.equal(resultLinks(el)[0].href);
      // Never the clinic's daytime number: the bar must work at 3 a.m. Without an after-hours line, the region's
      // 24/7 nurse line; without one (the US), the emergency number.
      await setAttrs(el, { 'after-hours-phone': null });
      expect(barLink(el).getAttribute('href')).to.equal('tel:911');
      await setAttrs(el, { region: 'AU' });
      expect(barLink(el).getAttribute('href')).to.equal('tel:1800633422');
    });

    it('is not a second live region: only the result area announces', async () => {
      const el = await checklist();
      await tick(el, 'You fainted or collapsed');
      const shown = bar(el)!;
      for (const node of [shown, ...shown.querySelectorAll('*')]) {
        expect(node.hasAttribute('role'), node.outerHTML).to.equal(false);
        expect(node.hasAttribute('aria-live'), node.outerHTML).to.equal(false);
      }
      expect(el.shadowRoot!.querySelectorAll('[aria-live], [role="status"]')).to.have.length(1);
    });

    it('"What to do" moves focus to "Your next step"', async () => {
      const el = await checklist();
      await tick(el, 'Bleeding that soaks one or more thick pads');
      const whatToDo = [...bar(el)!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'What to do')!;
      whatToDo.click();
      const focused = el.shadowRoot!.activeElement as HTMLElement;
      expect(focused.textContent).to.equal('Your next step');
      expect(focused.id).to.equal('result-heading');
      expect(focused.getAttribute('tabindex')).to.equal('-1');
      window.scrollTo(0, 0);
    });

    it('turns calm when the urgent sign is unchecked, and goes away with Clear', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Thoughts of hurting yourself');
      await tick(el, 'Feeling very tired');
      expect(bar(el)!.classList.contains('urgent')).to.equal(true);
      await tick(el, 'Thoughts of hurting yourself');
      expect(bar(el)!.classList.contains('calm')).to.equal(true);
      await tick(el, 'You fainted or collapsed');
      expect(bar(el)!.classList.contains('urgent')).to.equal(true);
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.clear')!.click();
      await elementUpdated(el);
      expect(bar(el) === null, 'no bar after Clear').to.equal(true);
    });

    it('outside known regions: the local-emergency words, and the helpline directory for a crisis', async () => {
      const warnings = captureWarnings();
      const el = await checklist('region="FR"');
      warnings.restore();
      await tick(el, 'You fainted or collapsed');
      expect(bar(el)!.textContent).to.include('Call your local emergency number');
      expect(bar(el)!.querySelectorAll('a')).to.have.length(0);
      await tick(el, 'You fainted or collapsed');
      await tick(el, 'Thoughts of hurting yourself');
      expect(barLink(el).getAttribute('href')).to.equal('https://findahelpline.com/');
      expect(barLink(el).getAttribute('href')).to.equal(resultLinks(el)[0].href);
    });

    it('is accessible while showing', async () => {
      const el = await checklist(US_CLINIC);
      await tick(el, 'Bleeding that soaks one or more thick pads');
      expect(bar(el)).to.exist;
      await expect(el).to.be.accessible();
      await tick(el, 'Bleeding that soaks one or more thick pads');
      await tick(el, 'Thoughts of hurting yourself');
      expect(bar(el)).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('the haven-triage-change event', () => {
    it('reports the tier and the checked ids in list order, bubbling out of the element', async () => {
      const el = await checklist();
      const events = recordEvents(el);
      await tick(el, 'Feeling very tired');
      await tick(el, 'Clots bigger than a walnut');
      await tick(el, 'Feeling very tired');
      events.stop();
      expect(events.seen).to.deep.equal([
        { tier: 'expected', signs: ['tiredness'] },
        { tier: 'now', signs: ['large-clots', 'tiredness'] },
        { tier: 'now', signs: ['large-clots'] },
      ]);
    });

    it('is not fired by attribute or property changes', async () => {
      const el = await checklist();
      await tick(el, 'Clots bigger than a walnut');
      const events = recordEvents(el);
      const warnings = captureWarnings();
      await setAttrs(el, { region: 'GB', 'clinic-phone': '(703) 437-0001', 'heading-level': '3' });
      el.clinicName = 'Clinic';
      await elementUpdated(el);
      warnings.restore();
      events.stop();
      expect(events.seen).to.deep.equal([]);
      // The patient's checks survive a re-render.
      expect(checkbox(el, 'Clots bigger than a walnut').checked).to.equal(true);
    });

    it('Clear unchecks everything, fires the event and moves focus to the first checkbox', async () => {
      const el = await checklist();
      await tick(el, 'You fainted or collapsed');
      await tick(el, 'Sore or tender breasts');
      const events = recordEvents(el);
      const clear = el.shadowRoot!.querySelector('button')!;
      expect(clear.textContent!.trim()).to.equal('Clear');
      clear.focus();
      clear.click();
      await elementUpdated(el);
      events.stop();
      expect(events.seen).to.deep.equal([{ tier: null, signs: [] }]);
      expect([...el.shadowRoot!.querySelectorAll('input')].some((b) => b.checked)).to.equal(false);
      expect(resultText(el)).to.include('Nothing is checked yet');
      expect(el.shadowRoot!.activeElement).to.equal(checkbox(el, label(SIGNS[0].id)));
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard only', () => {
    /** A checklist after a button that has focus, so the next Tab enters the checklist. */
    async function checklistAfterButton() {
      const host = await fixture<HTMLDivElement>(html`<div>
        <button type="button">Before</button>
        <haven-warning-signs></haven-warning-signs>
      </div>`);
      const el = host.querySelector('haven-warning-signs')!;
      await elementUpdated(el);
      host.querySelector('button')!.focus();
      return el;
    }

    it('Tab to a checkbox, Space to check it, then Tab on to the link to call', async () => {
      const el = await checklistAfterButton();

      await sendKeys({ press: 'Tab' });
      const first = checkbox(el, label('soaking-pads'));
      expect(el.shadowRoot!.activeElement).to.equal(first);
      // ' ' rather than 'Space': Puppeteer's WebDriver BiDi keyboard (Firefox) knows only the key value.
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(first.checked).to.equal(true);
      expect(resultText(el)).to.match(/^Emergency:/);

      // Past the other checkboxes and Clear, on to the first link: "Call 911" in the next-step bar.
      let presses = 0;
      while (!(el.shadowRoot!.activeElement instanceof HTMLAnchorElement) && presses < SIGNS.length + 5) {
        await sendKeys({ press: 'Tab' });
        presses += 1;
      }
      const focused = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(focused.textContent!.trim()).to.equal('Call 911');
      expect(focused.getAttribute('href')).to.equal('tel:911');
      expect(bar(el)!.contains(focused)).to.equal(true);
      expect(presses).to.equal(SIGNS.length + 1);

      // Then "What to do", then the same call in the result.
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('What to do');
      await sendKeys({ press: 'Tab' });
      const inResult = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(inResult.textContent!.trim()).to.equal('Call 911');
      expect(result(el).contains(inResult)).to.equal(true);
    });

    it('with the bar showing, Tab never leaves a checkbox or Clear hidden behind it', async () => {
      const el = await checklistAfterButton();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(bar(el)).to.exist;

      for (let i = 0; i < SIGNS.length; i += 1) {
        await sendKeys({ press: 'Tab' });
        const focused = el.shadowRoot!.activeElement as HTMLElement;
        const hit = focused instanceof HTMLInputElement ? focused.labels![0] : focused;
        const barTop = bar(el)!.getBoundingClientRect().top;
        expect(hit.getBoundingClientRect().bottom, hit.textContent!).to.be.at.most(barTop + 1);
        expect(focused.getBoundingClientRect().bottom, hit.textContent!).to.be.at.most(barTop + 1);
      }
      expect(el.shadowRoot!.activeElement!.textContent!.trim()).to.equal('Clear');
      window.scrollTo(0, 0);
    });
  });

  describe('attributes', () => {
    it('puts its heading at heading-level and the result heading one level deeper', async () => {
      const el = await checklist('heading-level="4"');
      expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Warning signs after a miscarriage');
      expect(el.shadowRoot!.querySelector('h5')!.textContent).to.equal('Your next step');
      const warnings = captureWarnings();
      await setAttrs(el, { 'heading-level': '9' });
      warnings.restore();
      expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Warning signs after a miscarriage');
      expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Your next step');
      expect(warnings.messages.join()).to.include('heading-level');
    });

    it('defaults to h2 and h3', async () => {
      const el = await checklist();
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(el.shadowRoot!.querySelector('h3')).to.exist;
    });

    it('outside the US and its data: °C, the local emergency number in words, the helpline directory', async () => {
      const warnings = captureWarnings();
      const el = await checklist('region="DE" clinic-phone="030 1234567"');
      warnings.restore();
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('region');
      expect(checkbox(el, 'A temperature of').labels![0].textContent).to.include('38°C');
      expect(visibleText(el)).not.to.include('°F');

      await tick(el, 'Sudden or very bad pain');
      expect(resultText(el)).to.include('Call your local emergency number or go to the nearest emergency room.');
      expect(resultLinks(el)).to.have.length(0);
      expect(visibleText(el)).not.to.match(/\b(911|988)\b/);
      await expect(el).to.be.accessible();

      await tick(el, 'Sudden or very bad pain');
      await tick(el, 'Thoughts of hurting yourself');
      expect(resultText(el)).to.match(/^Urgent:/);
      expect(resultLink(el, 'Find a helpline in your country')!.href).to.equal('https://findahelpline.com/');
      expect(resultText(el)).to.include('Call your local emergency number');
      expect(resultLinks(el).some((l) => /^(tel|sms):/.test(l.href))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('uses an emergency-number override instead of the region’s own (GB: 112 instead of 999)', async () => {
      const warnings = captureWarnings();
      const el = await checklist('region="GB" emergency-number="112"');
      warnings.restore();
      await tick(el, 'You fainted or collapsed');
      expect(resultLink(el, 'Call 112')!.href).to.equal('tel:112');
      expect(resultText(el)).to.include('Call 112 or go to the nearest A&E.');
      expect(resultLinks(el).some((l) => l.href === 'tel:999')).to.equal(false);
    });

    it('follows region changes: °F back in the US', async () => {
      const warnings = captureWarnings();
      const el = await checklist('region="DE"');
      warnings.restore();
      expect(checkbox(el, 'A temperature of').labels![0].textContent).to.include('38°C');
      await setAttrs(el, { region: 'us' });
      expect(checkbox(el, 'A temperature of').labels![0].textContent).to.include('100.4°F');
    });

    it('uses a hotline-url for the directory', async () => {
      const warnings = captureWarnings();
      const el = await checklist('region="JP" hotline-url="https://example.org/helplines"');
      warnings.restore();
      await tick(el, 'Thoughts of hurting yourself');
      expect(resultLink(el, 'Find a helpline')!.href).to.equal('https://example.org/helplines');
    });
  });

  it('hides the no-script fallback content once defined', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <haven-warning-signs><p class="fallback">In an emergency call <a href="tel:911">911</a>.</p></haven-warning-signs>
    </div>`);
    const el = host.querySelector('haven-warning-signs')!;
    await elementUpdated(el);
    expect(el.querySelector('.fallback')!.getClientRects().length).to.equal(0);
  });

  it('is accessible with nothing checked', async () => {
    const el = await checklist(US_CLINIC);
    await expect(el).to.be.accessible();
  });
});
