/**
 * The demo page's language and country switcher: every combination it offers renders the chosen language and the
 * chosen country's emergency number in all the elements it switches, and the address carries the choice.
 */
import { expect } from '@open-wc/testing';
import { REGIONS } from '../src/content/contacts.js';
import { STRINGS } from '../src/content/strings.js';
import { loadPage } from './page-helpers.js';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };

describe('demo: language and country switcher', () => {
  it('opens with the choice in the address (?lang=es&region=GB)', async () => {
    const { doc } = await loadPage('/demo/index.html?lang=es&region=GB');
    const switched = [...doc.querySelectorAll<Updating>('[data-demo]')];
    expect(switched.length).to.equal(4);
    for (const el of switched) {
      expect(el.getAttribute('lang')).to.equal('es');
      expect(el.getAttribute('region')).to.equal('GB');
    }
    const banner = doc.querySelector<Updating>('haven-crisis-banner[data-demo]')!;
    expect(banner.shadowRoot!.textContent).to.include(STRINGS.es.bannerHeading);
    expect(banner.shadowRoot!.querySelector('a[href="tel:999"]')!.textContent).to.include(STRINGS.es.call('999'));
  });

  it('shows every language and country it offers', async function () {
    this.timeout(60000);
    const { doc, win } = await loadPage('/demo/index.html');
    const lang = doc.getElementById('demo-lang') as HTMLSelectElement;
    const region = doc.getElementById('demo-region') as HTMLSelectElement;
    const banner = doc.querySelector<Updating>('haven-crisis-banner[data-demo]')!;
    const others = [...doc.querySelectorAll<Updating>('[data-demo]')];
    for (const l of [...lang.options].map((o) => o.value)) {
      for (const r of [...region.options].map((o) => o.value)) {
        lang.value = l;
        region.value = r;
        lang.form!.dispatchEvent(new win.Event('change', { bubbles: true }));
        await Promise.all(others.map((el) => el.updateComplete));
        const shown = l === 'es' ? 'es' : 'en';
        const root = banner.shadowRoot!;
        expect(root.querySelector('[part~="base"]')!.getAttribute('lang'), `${l}/${r}`).to.equal(shown);
        expect(root.textContent, `${l}/${r}`).to.include(STRINGS[shown].bannerHeading);
        const data = REGIONS[r];
        if (data) {
          expect(root.querySelector(`a[href="tel:${data.emergency}"]`), `${l}/${r} emergency`).to.not.equal(null);
        } else {
          expect(root.textContent, `${l}/${r}`).to.include(STRINGS[shown].callLocalEmergency);
        }
        for (const el of others) {
          expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang'), `${el.localName} ${l}/${r}`).to.equal(shown);
        }
        expect(new URL(win.location.href).searchParams.get('region')).to.equal(r);
      }
    }
  });
});
