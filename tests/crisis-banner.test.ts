import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import '../src/define.js';
import type { HavenCrisisBanner } from '../src/crisis-banner/crisis-banner.js';
import { VERSION } from '../src/core/version.js';
import { captureWarnings, link, links, setAttrs, visibleText } from './helpers.js';

async function banner(attrs = '') {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  // Parsed from a string so each test passes raw attribute text, as a CMS would.
  host.insertAdjacentHTML('beforeend', `<haven-crisis-banner ${attrs}></haven-crisis-banner>`);
  const el = host.querySelector('haven-crisis-banner') as HavenCrisisBanner;
  await elementUpdated(el);
  return el;
}

describe('<haven-crisis-banner>', () => {
  describe('United States (default)', () => {
    it('shows 911, 988 call/text/chat, the maternal mental health hotline and the clinic', async () => {
      const el = await banner('clinic-name="All About Women" clinic-phone="(703) 437-0001"');
      expect(link(el, 'Call 911')!.getAttribute('href')).to.equal('tel:911');
      expect(link(el, 'Call 988')!.getAttribute('href')).to.equal('tel:988');
      expect(link(el, 'Text 988')!.getAttribute('href')).to.equal('sms:988');
      expect(link(el, 'Chat online')!.getAttribute('href')).to.equal('https://988lifeline.org/chat');
      expect(link(el, 'Call 1-833-TLC-MAMA (1-833-852-6262)')!.getAttribute('href')).to.equal('tel:+18338526262');
      expect(link(el, 'Call (703) 437-0001')!.getAttribute('href')).to.equal('tel:+17034370001');
      const text = visibleText(el);
      expect(text).to.include('All About Women');
      expect(text).to.include('press 2');
      expect(text).to.include('not a crisis line');
      expect(text).not.to.include('press 3');
    });

    it('never shows a retired number', async () => {
      const el = await banner('clinic-phone="(703) 437-0001"');
      const all = el.shadowRoot!.textContent! + links(el).map((l) => l.href).join(' ');
      expect(all).not.to.match(/273[-\s.]?8255|273-TALK/);
    });

    it('is a labelled landmark, not an alert', async () => {
      const el = await banner();
      const aside = el.shadowRoot!.querySelector('aside')!;
      expect(aside.getAttribute('role')).to.equal(null);
      const label = el.shadowRoot!.getElementById(aside.getAttribute('aria-labelledby')!.split(' ')[0]);
      expect(label!.textContent).to.equal('Need help right now?');
    });

    it('links every contact through tel:, sms: or https: only', async () => {
      const el = await banner('clinic-phone="703 437 0001 ext. 9"');
      for (const { href } of links(el)) expect(href).to.match(/^(tel:\+?[0-9]+(;ext=[0-9]+)?|sms:\+?[0-9]+(\?body=\w+)?|https:\/\/)/);
      expect(link(el, 'Call (703) 437-0001 ext. 9')!.getAttribute('href')).to.equal('tel:+17034370001;ext=9');
    });

    it('without a clinic phone asks the patient to call their own provider', async () => {
      const el = await banner();
      expect(visibleText(el)).to.include('Call your doctor, nurse or midwife.');
    });

    it('is accessible', async () => {
      const el = await banner('clinic-name="All About Women" clinic-phone="(703) 437-0001"');
      await expect(el).to.be.accessible();
    });
  });

  describe('a region without data', () => {
    it('shows "your local emergency number" and the helpline directory, never a US number', async () => {
      const warnings = captureWarnings();
      const el = await banner('region="FR" clinic-phone="+33 1 23 45 67 89"');
      warnings.restore();
      const text = visibleText(el);
      expect(text).to.include('Call your local emergency number');
      expect(text).not.to.match(/\b(911|988)\b/);
      expect(links(el).map((l) => l.href)).to.not.include('tel:911');
      expect(link(el, 'Find a helpline in your country')!.getAttribute('href')).to.equal('https://findahelpline.com/');
      expect(link(el, 'Call +33 1 23 45 67 89')!.getAttribute('href')).to.equal('tel:+33123456789');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('region');
    });

    it('uses an emergency-number override when one is given', async () => {
      const warnings = captureWarnings();
      const el = await banner('region="FR" emergency-number="112"');
      warnings.restore();
      expect(link(el, 'Call 112')!.getAttribute('href')).to.equal('tel:112');
    });

    it('is accessible', async () => {
      const warnings = captureWarnings();
      const el = await banner('region="FR"');
      warnings.restore();
      await expect(el).to.be.accessible();
    });
  });

  describe('bad attribute values', () => {
    it('shows a malformed clinic phone as text, without a link, and warns once naming the attribute', async () => {
      const warnings = captureWarnings();
      const el = await banner('clinic-phone="javascript:alert(1)"');
      el.clinicName = 'Clinic';
      await elementUpdated(el);
      warnings.restore();
      expect(visibleText(el)).to.include('javascript:alert(1)');
      expect(links(el).some((l) => l.href.includes('javascript'))).to.equal(false);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('clinic-phone');
      // The crisis numbers are still there.
      expect(link(el, 'Call 988')).to.exist;
      expect(link(el, 'Call 911')).to.exist;
    });

    it('refuses a non-http(s) hotline-url and keeps the default directory', async () => {
      for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:x', '/local']) {
        const warnings = captureWarnings();
        const el = await banner(`region="ZZ" hotline-url="${bad}"`);
        warnings.restore();
        expect(link(el, 'Find a helpline')!.getAttribute('href'), bad).to.equal('https://findahelpline.com/');
        expect(warnings.messages.some((m) => m.includes('hotline-url')), bad).to.equal(true);
      }
    });

    it('accepts an https hotline-url', async () => {
      const el = await banner('hotline-url="https://example.org/helplines"');
      expect(link(el, 'Find a helpline')!.getAttribute('href')).to.equal('https://example.org/helplines');
    });

    it('ignores a malformed emergency-number and keeps 911', async () => {
      const warnings = captureWarnings();
      const el = await banner('emergency-number="call-now"');
      warnings.restore();
      expect(link(el, 'Call 911')!.getAttribute('href')).to.equal('tel:911');
      expect(warnings.messages.join()).to.include('emergency-number');
    });

    it('falls back to the auto variant for an unknown variant', async () => {
      const warnings = captureWarnings();
      const el = await banner('variant="tiny"');
      warnings.restore();
      expect(el.shadowRoot!.querySelector('.banner')!.classList.contains('auto')).to.equal(true);
      expect(warnings.messages.join()).to.include('variant');
    });
  });

  describe('compact variant', () => {
    it('keeps the emergency and crisis numbers in view and folds the rest behind a real button', async () => {
      const el = await banner('variant="compact" clinic-name="All About Women" clinic-phone="(703) 437-0001"');
      const button = el.shadowRoot!.querySelector('button')!;
      const details = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(details.classList.contains('collapsed')).to.equal(true);
      expect(link(el, 'Call 911')!.getClientRects().length).to.be.greaterThan(0);
      expect(link(el, 'Call 988')!.getClientRects().length).to.be.greaterThan(0);
      expect(link(el, 'Call (703) 437-0001')!.getClientRects().length).to.equal(0);
      await expect(el).to.be.accessible();

      button.click();
      await elementUpdated(el);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(details.classList.contains('collapsed')).to.equal(false);
      expect(link(el, 'Call (703) 437-0001')!.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();

      button.click();
      await elementUpdated(el);
      expect(details.classList.contains('collapsed')).to.equal(true);
    });

    it('shows the helpline directory in place of 988 outside the US', async () => {
      const warnings = captureWarnings();
      const el = await banner('variant="compact" region="DE"');
      warnings.restore();
      expect(link(el, 'Find a helpline')).to.exist;
      expect(link(el, 'Call 988')).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  });

  describe('attribute changes re-render', () => {
    it('follows clinic-phone, region and variant', async () => {
      const el = await banner('clinic-phone="(703) 437-0001"');
      await setAttrs(el, { 'clinic-phone': '571-555-0134' });
      expect(link(el, 'Call (571) 555-0134')!.getAttribute('href')).to.equal('tel:+15715550134');
      const warnings = captureWarnings();
      await setAttrs(el, { region: 'NL' });
      warnings.restore();
      expect(link(el, 'Call 911')).to.equal(undefined);
      await setAttrs(el, { region: 'us' });
      expect(link(el, 'Call 911')).to.exist;
      await setAttrs(el, { variant: 'compact' });
      expect(el.shadowRoot!.querySelector('button[aria-expanded]')).to.exist;
    });

    it('puts its heading at heading-level', async () => {
      const el = await banner('heading-level="4"');
      expect(el.shadowRoot!.querySelector('h4')!.textContent).to.equal('Need help right now?');
      const warnings = captureWarnings();
      await setAttrs(el, { 'heading-level': '9' });
      warnings.restore();
      expect(el.shadowRoot!.querySelector('h2')).to.exist;
      expect(warnings.messages.join()).to.include('heading-level');
    });
  });

  it('hides the no-script fallback content once defined', async () => {
    const host = await fixture<HTMLDivElement>(html`<div>
      <haven-crisis-banner><p class="fallback">In an emergency call <a href="tel:911">911</a>.</p></haven-crisis-banner>
    </div>`);
    const el = host.querySelector('haven-crisis-banner')!;
    await elementUpdated(el);
    expect(el.querySelector('.fallback')!.getClientRects().length).to.equal(0);
  });

  it('has a static version equal to the package version', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const ctor = customElements.get('haven-crisis-banner') as unknown as { version: string };
    expect(ctor.version).to.equal(pkg.version);
    expect(VERSION).to.equal(pkg.version);
  });
});
