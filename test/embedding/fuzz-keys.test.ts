import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { documentedElements } from '../support/manifest.js';
import { elements, fixturesOf } from '../support/registry.js';

// Text from the page (attributes, `lang`, `data-*` values, stored answers) is never used as a
// key into a plain object, so values that name members of Object.prototype find nothing and
// break nothing. Run against the built bundle, as a host page loads it.

const built = new URL('../../dist/backcare.js', import.meta.url).href;

const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupGetter__',
  'then',
];

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

const shown = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: Element) => el.shadowRoot?.querySelector('[part~="heading"]')?.textContent;

async function documentedAttributes(): Promise<Map<string, string[]>> {
  return new Map(
    (await documentedElements()).map(({ tag, attributes }) => [tag, attributes.map((a) => a.name)]),
  );
}

async function mount(tag: string, attributes: Record<string, string>, parent: Element) {
  const el = document.createElement(tag) as Rendering;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  parent.append(el);
  await el.updateComplete;
  return el;
}

describe('values that name Object.prototype members', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  let container: HTMLElement;

  before(async () => {
    await import(built);
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => {
    errors.length = 0;
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('on every documented attribute of every element, and on lang', async () => {
    const documented = await documentedAttributes();
    let checked = 0;
    await captureWarnings(async () => {
      for (const { tag } of elements) {
        const base = fixturesOf(tag)[0] ?? {};
        for (const attribute of [...(documented.get(tag) ?? []), 'lang']) {
          for (const value of prototypeNames) {
            const el = await mount(tag, { ...base, [attribute]: value }, container);
            expect(
              shown(el).length,
              `${tag} ${attribute}="${value}" shows its content`,
            ).to.be.above(20);
            el.remove();
            checked++;
          }
        }
      }
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(checked).to.be.above(100);
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  it('as the language of an ancestor or of the page: English', async () => {
    const before = document.documentElement.lang;
    await captureWarnings(async () => {
      for (const value of prototypeNames) {
        const wrapper = document.createElement('div');
        wrapper.lang = value;
        container.append(wrapper);
        const card = await mount('backcare-exercise-card', { exercise: 'bridge' }, wrapper);
        expect(heading(card), `lang="${value}" on a wrapper`).to.equal('Bridge');
      }
      try {
        document.documentElement.lang = 'constructor';
        const card = await mount('backcare-exercise-card', { exercise: 'cat-cow' }, container);
        expect(heading(card)).to.equal('Cat-cow');
      } finally {
        document.documentElement.lang = before;
      }
    });
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  it('as the data-id and data-level of a checklist’s own items', async () => {
    const el = document.createElement('backcare-pt-checklist') as Rendering;
    el.innerHTML = `<ul slot="items">${prototypeNames
      .map((name) => `<li data-id="${name}" data-level="${name}">Item called ${name}</li>`)
      .join('')}</ul>`;
    await captureWarnings(async () => {
      container.append(el);
      await el.updateComplete;
    });
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const labels = boxes.map((b) => b.closest('label')!.textContent!.trim());
    for (const name of prototypeNames) expect(labels).to.include(`Item called ${name}`);
    // An unknown level counts as "soon", so ticking one gives that result, not an error.
    const box = boxes.find((b) => b.closest('label')!.textContent!.includes('constructor'))!;
    const changes: CustomEvent<{ checked: string[]; level: string }>[] = [];
    el.addEventListener('backcare-checklist-change', (e) => changes.push(e));
    box.click();
    await el.updateComplete;
    expect(changes.at(-1)?.detail.level).to.equal('soon');
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });

  it('inside answers a remembering checklist finds in storage', async () => {
    const key = 'backcare:pt-checklist:fuzz-keys';
    const stored = [
      '{"__proto__":{"checked":["six-weeks"]},"checked":["constructor"],"birthDate":""}',
      '{"checked":["__proto__","toString","valueOf"],"birthDate":"constructor"}',
      '{"constructor":{"prototype":{}},"checked":"hasOwnProperty"}',
      '"__proto__"',
    ];
    for (const text of stored) {
      localStorage.setItem(key, text);
      const el = await mount(
        'backcare-pt-checklist',
        { remember: '', 'storage-key': 'fuzz-keys' },
        container,
      );
      expect(shown(el), text).to.contain('When to see a physical therapist');
      const ticked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input:checked')];
      expect(
        ticked.map((b) => b.value),
        text,
      ).to.deep.equal([]);
      el.remove();
    }
    localStorage.removeItem(key);
    expect(errors, 'uncaught errors').to.deep.equal([]);
  });
});
