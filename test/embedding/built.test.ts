import { expect, waitUntil } from '@open-wc/testing';
import { elements } from '../support/registry.js';
import { closePages, loadFrame } from './pages.js';

// The built files against the sources: dist/ passes every template through the template
// minifier, which the unit tests (run from src/) never see. Every registry fixture must come
// out of both the same, down to the spaces a reader hears between two words.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
after(closePages);

/** Every fixture rendered by `script`, in a page of its own: each widget's shadow DOM. */
async function rendered(script: string): Promise<string[]> {
  const frame = await loadFrame({
    srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module" src="${new URL(script, location.href).href}"></script></head><body></body></html>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => elements.every(({ tag }) => win.customElements.get(tag)), script, {
    timeout: 10000,
  });
  const widgets = elements.flatMap(({ tag, fixtures }) =>
    fixtures.map((attributes) => {
      const el = doc.createElement(tag) as Widget;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    }),
  );
  doc.body.append(...widgets);
  for (const el of widgets) await el.updateComplete;
  // Lit's markers differ with the templates; the whitespace a template was written with
  // shows as one space or none, in both.
  return widgets.map((el) =>
    el
      .shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('built files', function () {
  this.timeout(30000);
  it('render every fixture as the sources do', async () => {
    const [fromSource, built] = [
      await rendered('/src/backcare.ts'),
      await rendered('/dist/backcare.js'),
    ];
    expect(fromSource.length).to.be.above(10);
    expect(built.length).to.equal(fromSource.length);
    built.forEach((html, i) => expect(html, `fixture ${i}`).to.equal(fromSource[i]));
  });
});
