import { expect } from '@open-wc/testing';
import { captureWarnings } from '../support/helpers.js';
import { documentedElements } from '../support/manifest.js';
import { elements as registered, fixturesOf } from '../support/registry.js';

// Every documented attribute of every element, read from custom-elements.json, set to hostile
// values on the built bundle, both before the first render and after it.

const built = new URL('../../dist/backcare.js', import.meta.url).href;

type Pwned = Window & { backcarePwned?: number };
const payloads = [
  '',
  ' ',
  '\n\t ',
  '0',
  '-1',
  '-999999999999',
  '1e309',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  '3.7',
  'null',
  'undefined',
  'true',
  '[object Object]',
  'x'.repeat(10000),
  '<img src=x onerror="window.backcarePwned=(window.backcarePwned||0)+1">',
  '"><script>window.backcarePwned=1</script>',
  '<svg onload="window.backcarePwned=1"></svg>',
  'javascript:window.backcarePwned=1',
  '${window.backcarePwned=1}',
  '{{constructor.constructor("window.backcarePwned=1")()}}',
  '\u202Eevil\u202C',
  '\u0000\uFFFF\uD800',
  '👩‍🍼🤱🏽',
  'ÇĀŦ-ÇŌẄ',
  '__proto__',
  'constructor',
  'toString',
];

type Rendering = HTMLElement & { updateComplete: Promise<boolean> };

function shown(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('attribute fuzzing', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  let elements: { tag: string; attributes: string[] }[] = [];

  before(async () => {
    await import(built);
    elements = (await documentedElements()).map(({ tag, attributes }) => ({
      tag,
      attributes: attributes.map((attribute) => attribute.name),
    }));
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
  });

  it('reads attributes for every element from the manifest', () => {
    expect(elements.length).to.be.greaterThan(0);
    for (const { tag, attributes } of elements) {
      expect(attributes, tag).to.include.members(['heading-level', 'theme']);
    }
  });

  // One test per element, so each has its own time limit on a slow machine.
  for (const { tag } of registered) {
    it(`survives every hostile value on every attribute of <${tag}>, set first or changed later`, async () => {
      const documented = elements.find((element) => element.tag === tag);
      expect(documented, `${tag} is in the manifest`).to.exist;
      const { attributes } = documented!;
      const container = document.createElement('div');
      document.body.append(container);
      let checked = 0;
      await captureWarnings(async () => {
        const base = fixturesOf(tag)[0] as Record<string, string>;
        for (const attribute of attributes) {
          for (const value of payloads) {
            // Set before the first render.
            const first = document.createElement(tag) as Rendering;
            Object.entries(base).forEach(([n, v]) => first.setAttribute(n, v));
            first.setAttribute(attribute, value);
            container.append(first);
            await first.updateComplete;
            expect(
              shown(first).length,
              `${tag} ${attribute}="${value.slice(0, 40)}" shows something`,
            ).to.be.greaterThan(20);
            first.remove();
            checked++;
          }
          // Changed after the first render, one value after another on the same element.
          const later = document.createElement(tag) as Rendering;
          Object.entries(base).forEach(([n, v]) => later.setAttribute(n, v));
          container.append(later);
          await later.updateComplete;
          for (const value of payloads) {
            later.setAttribute(attribute, value);
            await later.updateComplete;
            expect(
              shown(later).length,
              `${tag} ${attribute} changed to "${value.slice(0, 40)}"`,
            ).to.be.greaterThan(20);
            checked++;
          }
          later.removeAttribute(attribute);
          await later.updateComplete;
          later.remove();
        }
      });
      await new Promise((r) => setTimeout(r, 100));
      container.remove();
      expect(checked, 'values tried').to.equal(attributes.length * payloads.length * 2);
      expect(errors, 'uncaught errors').to.deep.equal([]);
      expect((window as Pwned).backcarePwned, 'a payload ran as script').to.equal(undefined);
      expect(document.querySelectorAll('img[src="x"], body > script:not([src])').length).to.equal(
        0,
      );
    });
  }
});
