/**
 * `haven-contact`: the host page can count which kind of help patients reach for, without Haven sending anything.
 * It bubbles and crosses shadow roots, and its detail names only the service and the method.
 */
import { expect, fixture, html, elementUpdated } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { link } from './helpers.js';

interface Detail {
  service: string;
  method: string;
}

/** Collects haven-contact events at the document, and stops the links from leaving the test page. */
function record() {
  const seen: { detail: Detail; bubbles: boolean; composed: boolean; target: EventTarget | null }[] = [];
  const onContact = (e: Event) => {
    const { detail, bubbles, composed, target } = e as CustomEvent<Detail>;
    seen.push({ detail, bubbles, composed, target });
  };
  const stay = (e: Event) => e.preventDefault();
  document.addEventListener('haven-contact', onContact);
  document.addEventListener('click', stay);
  return {
    seen,
    stop: () => {
      document.removeEventListener('haven-contact', onContact);
      document.removeEventListener('click', stay);
    },
  };
}

async function make(tag: string, attrs: string): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  host.insertAdjacentHTML('beforeend', `<${tag} ${attrs}></${tag}>`);
  const el = host.querySelector(tag) as HTMLElement;
  await elementUpdated(el);
  return el;
}

describe('haven-contact event', () => {
  it('banner: call, text, chat, clinic, emergency and directory links each report service and method', async () => {
    const el = await make('haven-crisis-banner', 'clinic-phone="(703) 437-0001"');
    const log = record();
    try {
      for (const text of ['Call 911', 'Call 988', 'Text 988', 'Chat online', 'Call (703) 437-0001', 'Find a helpline']) {
        link(el, text)!.click();
      }
    } finally {
      log.stop();
    }
    expect(log.seen.map((e) => e.detail)).to.deep.equal([
      { service: 'emergency', method: 'call' },
      { service: '988', method: 'call' },
      { service: '988', method: 'text' },
      { service: '988', method: 'chat' },
      { service: 'clinic', method: 'call' },
      { service: 'directory', method: 'web' },
    ]);
    for (const e of log.seen) {
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(e.target).to.equal(el);
      // No personal data: only the two documented keys.
      expect(Object.keys(e.detail).sort()).to.deep.equal(['method', 'service']);
    }
  });

  it('checklist and guide report their links too (a region’s own line id)', async () => {
    const list = await make('haven-warning-signs', 'region="GB"');
    const box = list.shadowRoot!.querySelector<HTMLInputElement>('input[value="thoughts-of-self-harm"]')!;
    box.labels![0].click();
    await elementUpdated(list);
    const guide = await make('haven-recovery-guide', 'region="GB"');
    const log = record();
    try {
      link(list, 'Call 116 123')!.click();
      link(guide, 'Text SHOUT to 85258')!.click();
      // Clicking the page around the links reports nothing.
      list.shadowRoot!.querySelector<HTMLElement>('[part~="result"]')!.click();
      box.click();
    } finally {
      log.stop();
    }
    expect(log.seen.map((e) => e.detail)).to.deep.equal([
      { service: 'samaritans', method: 'call' },
      { service: 'shout', method: 'text' },
    ]);
  });

  it('keyboard: Enter on a focused link reports it once', async () => {
    const el = await make('haven-crisis-banner', 'variant="full"');
    const log = record();
    try {
      link(el, 'Text 988')!.focus();
      await sendKeys({ press: 'Enter' });
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      log.stop();
    }
    expect(log.seen.map((e) => e.detail)).to.deep.equal([{ service: '988', method: 'text' }]);
  });

  it('a tap on the hidden words inside a chat link still reports the link', async () => {
    const el = await make('haven-crisis-banner', '');
    const log = record();
    try {
      link(el, 'Chat online')!.querySelector('span')!.click();
    } finally {
      log.stop();
    }
    expect(log.seen.map((e) => e.detail)).to.deep.equal([{ service: '988', method: 'chat' }]);
  });

  it('a link inside the clinic’s own slotted content is not reported as Haven’s', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.insertAdjacentHTML(
      'beforeend',
      '<haven-recovery-guide><div slot="extra"><h3>Parking</h3><a href="#p" data-service="x" data-method="y">Map</a></div></haven-recovery-guide>',
    );
    const el = host.querySelector('haven-recovery-guide') as HTMLElement;
    await elementUpdated(el);
    const log = record();
    try {
      host.querySelector<HTMLAnchorElement>('a[href="#p"]')!.click();
    } finally {
      log.stop();
    }
    expect(log.seen).to.deep.equal([]);
  });
});
