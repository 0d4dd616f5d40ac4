import { expect, waitUntil } from '@open-wc/testing';
import type { PtChecklistChangeDetail } from '../../src/pt-checklist/pt-checklist.js';

// The React wrappers (dist/react.js) in a real React app, rendered with react-dom/client.
type App = typeof import('./app.js');

describe('postpartum-backcare/react', () => {
  let app: App;
  let container: HTMLElement;
  let root: ReturnType<App['mount']>;
  const heard: PtChecklistChangeDetail[] = [];

  before(async () => {
    app = (await import(new URL('./app.bundle.js', import.meta.url).href)) as App;
    container = document.createElement('div');
    document.body.append(container);
    root = app.mount(container, (detail) => heard.push(detail));
    await waitUntil(
      () => container.querySelector('backcare-pt-checklist')?.shadowRoot?.querySelector('input'),
      'the checklist rendered inside React',
      { timeout: 5000 },
    );
  });

  after(() => {
    root.unmount();
    container.remove();
  });

  it('renders with React 18 or later', () => {
    expect(Number(app.reactVersion.split('.')[0])).to.be.at.least(18);
  });

  it('passes props to the element: the card shows the clinician’s dose', async () => {
    const card = container.querySelector('backcare-exercise-card')!;
    await waitUntil(
      () => card.shadowRoot?.textContent?.includes('10 repetitions'),
      'the dose shows',
      {
        timeout: 5000,
      },
    );
    expect(card.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h2');
  });

  it('calls onChecklistChange with the ticked ids, and the app shows them', async () => {
    const checklist = container.querySelector('backcare-pt-checklist')!;
    const box = [...checklist.shadowRoot!.querySelectorAll<HTMLInputElement>('input')].find(
      (input) => input.value === 'want-guidance',
    )!;
    box.click();
    await waitUntil(() => heard.length > 0, 'the handler was called');
    expect(heard.at(-1)).to.deep.equal({ checked: ['want-guidance'], level: 'routine' });
    await waitUntil(
      () => container.querySelector('#ticked')!.textContent === 'want-guidance',
      'React re-rendered with the ticks',
    );
    box.click();
    await waitUntil(() => heard.length === 2, 'the handler was called again');
    expect(heard.at(-1)).to.deep.equal({ checked: [], level: 'none' });
  });
});

describe("the README's React example, as written there", () => {
  it('shows the card with its dose and logs what the reader ticks', async () => {
    const { mount } = (await import(new URL('./readme.bundle.js', import.meta.url).href)) as {
      mount(container: HTMLElement): { unmount(): void };
    };
    const container = document.createElement('div');
    document.body.append(container);
    const logged: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => logged.push(args);
    const root = mount(container);
    try {
      // React renders on its own schedule, not within mount().
      await waitUntil(() => container.querySelector('backcare-exercise-card'), 'React rendered');
      const card = container.querySelector('backcare-exercise-card')!;
      await waitUntil(() => card.shadowRoot?.textContent?.includes('10 repetitions, 2 sets'));
      expect(card.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h3');
      const checklist = container.querySelector('backcare-pt-checklist')!;
      await waitUntil(() => checklist.shadowRoot?.querySelector('input[value="want-guidance"]'));
      expect(checklist.querySelector('[slot="contact"]')!.textContent).to.equal(
        'Call the clinic: 555-0142',
      );
      checklist
        .shadowRoot!.querySelector<HTMLInputElement>('input[value="want-guidance"]')!
        .click();
      await waitUntil(() => logged.length > 0, 'the example logs the change');
      expect(logged).to.deep.equal([[['want-guidance'], 'routine']]);
    } finally {
      console.log = log;
      root.unmount();
      container.remove();
    }
  });
});
