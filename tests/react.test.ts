// haven-elements/react (dist/react.js, as built) in React 19, in all three engines: every property of each element
// reaches it (as its attribute in the server's HTML, so the element is right before hydration); a page rendered on the server and then hydrated hears
// onTriageChange and onContact (React's own `onhaven-triage-change` on a hydrated tag does not, react/react#35446);
// refs, class names, children and later prop changes behave as on any React component.
import { expect, fixture, html } from '@open-wc/testing';
import { until } from './page-helpers.js';

/** What the test uses of the harness, a bundle without types. */
interface Harness {
  createElement: (type: any, props?: any, ...children: any[]) => any;
  useState: <T>(initial: T) => [T, (value: T) => void];
  createRoot: (container: Element) => { render(node: any): void; unmount(): void };
  hydrateRoot: (container: Element, node: any) => { render(node: any): void; unmount(): void };
  renderToString: (node: any) => string;
  HavenCrisisBanner: any;
  HavenWarningSigns: any;
  HavenRecoveryGuide: any;
}
type LitClass = CustomElementConstructor & { elementProperties: Map<PropertyKey, { attribute?: boolean | string; state?: boolean }> };

let React: Harness;
const COMPONENTS = {
  'haven-crisis-banner': 'HavenCrisisBanner',
  'haven-warning-signs': 'HavenWarningSigns',
  'haven-recovery-guide': 'HavenRecoveryGuide',
} as const;
type Tag = keyof typeof COMPONENTS;

/** Each public property of the registered element, with the attribute it reads. */
function properties(tag: Tag) {
  const ctor = customElements.get(tag) as LitClass;
  return [...ctor.elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name, options]) => ({ name: String(name), attribute: typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase() }));
}

async function container() {
  return fixture<HTMLDivElement>(html`<div></div>`);
}

before(async () => {
  React = await import('/tests/fixtures/generated/react-harness.js' as string);
});

describe('haven-elements/react', () => {
  it('registers the three tags', () => {
    for (const tag of Object.keys(COMPONENTS)) expect(customElements.get(tag), tag).to.exist;
  });

  for (const [tag, component] of Object.entries(COMPONENTS) as [Tag, string][]) {
    it(`<${component}> passes every property of <${tag}>: as its attribute on the server, to the element in the browser`, async () => {
      const props = properties(tag);
      expect(props.length, tag).to.be.greaterThan(6);
      const values = Object.fromEntries(props.map(({ name }) => [name, `value-of-${name}`]));
      const element = () => React.createElement(React[component as 'HavenWarningSigns'], values);

      const server = document.createElement('template');
      server.innerHTML = React.renderToString(element());
      const rendered = server.content.querySelector(tag)!;
      const client = await container();
      React.createRoot(client).render(element());
      const mounted = await until(() => client.querySelector(tag), `${tag} mounted`);
      for (const { name, attribute } of props) {
        expect(rendered.getAttribute(attribute), `server: ${name} as ${attribute}`).to.equal(`value-of-${name}`);
        // In the browser React 19 sets a name the element has as a property (region), others as attributes
        // (clinic-name), which the element reads into the same property.
        expect((mounted as unknown as Record<string, unknown>)[name], `browser: ${name}`).to.equal(`value-of-${name}`);
      }
    });
  }

  it('writes an array of sections as the space-separated list the attribute takes, and numbers as digits', async () => {
    const markup = React.renderToString(React.createElement(React.HavenRecoveryGuide, { sections: ['physical', 'crisis'], headingLevel: 3 }));
    expect(markup).to.include('sections="physical crisis"').and.include('heading-level="3"');
  });

  it('hydrates server-rendered HTML, then hears onTriageChange and onContact', async () => {
    const heard: string[] = [];
    function Page() {
      const [tier, setTier] = React.useState<string | null>(null);
      return React.createElement(
        'div',
        null,
        React.createElement(React.HavenWarningSigns, {
          clinicPhone: '(703) 437-0001',
          onTriageChange: (event: CustomEvent<{ tier: string | null }>) => setTier(event.detail.tier),
          onContact: (event: CustomEvent<{ service: string; method: string }>) => heard.push(`${event.detail.service} ${event.detail.method}`),
        }),
        React.createElement('p', { id: 'tier' }, tier ?? 'nothing checked'),
      );
    }
    const errors: unknown[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const host = await container();
    try {
      // The server's HTML: the element upgrades as soon as it is in the page, before React hydrates it.
      host.innerHTML = React.renderToString(React.createElement(Page));
      const checklist = host.querySelector('haven-warning-signs')!;
      await until(() => checklist.shadowRoot?.childElementCount, 'checklist rendered before hydration');
      React.hydrateRoot(host, React.createElement(Page));
      await until(() => Object.keys(checklist).some((key) => key.startsWith('__reactFiber$')), 'hydrated');
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

      checklist.shadowRoot!.querySelector<HTMLLabelElement>('label[for="sign-large-clots"]')!.click();
      await until(() => host.querySelector('#tier')!.textContent === 'now', 'tier "now" in React state');

      // A call link: the click is heard, and the test page stays where it is.
      const stay = (event: Event) => event.preventDefault();
      document.addEventListener('click', stay);
      try {
        checklist.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
      } finally {
        document.removeEventListener('click', stay);
      }
      expect(heard).to.have.length(1);
      expect(heard[0]).to.match(/ call$/);
    } finally {
      console.error = consoleError;
    }
    expect(errors, 'no hydration errors').to.deep.equal([]);
  });

  it('passes refs, class names and children, and applies later prop changes', async () => {
    const ref = { current: null as HTMLElement | null };
    const host = await container();
    const root = React.createRoot(host);
    const banner = (region: string) =>
      React.createElement(React.HavenCrisisBanner, { ref, region, className: 'clinic-banner', id: 'banner' }, React.createElement('p', null, 'Fallback'));
    root.render(banner('US'));
    const el = await until(() => ref.current, 'ref set');
    expect(el.localName).to.equal('haven-crisis-banner');
    expect(el.className).to.equal('clinic-banner');
    expect(el.id).to.equal('banner');
    expect(el.querySelector('p')!.textContent, 'children stay in the light DOM as the fallback').to.equal('Fallback');
    await until(() => el.shadowRoot?.querySelector('a[href="tel:911"]'), 'US emergency number');
    root.render(banner('GB'));
    await until(() => el.shadowRoot?.querySelector('a[href="tel:999"]'), 'GB emergency number');
    root.unmount();
  });
});
