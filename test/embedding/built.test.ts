import { expect, waitUntil } from '@open-wc/testing';
import { elements } from '../support/registry.js';
import { closePages, loadFrame } from './pages.js';

// The built files against the sources: dist/ passes every template through the template
// minifier, which the unit tests (run from src/) never see. Every registry fixture must come
// out of both the same, down to the spaces a reader hears between two words.

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
after(closePages);

type Entry = (typeof elements)[number];

/** The widget and the widgets inside it (the checklist shows the warning signs card). */
const withInner = (el: Element): Element[] => [
  el,
  ...[...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap(withInner),
];

/** Whether a widget, or one inside it, still shows its fallback, waiting for its language. */
const waiting = (el: Widget) =>
  withInner(el).some(
    (e) => e.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '').trim() === '<slot></slot>',
  );

/**
 * Every fixture of `shown` rendered by `script` on a page in `lang`, in a page of its own:
 * each widget's shadow DOM once it shows its language.
 */
async function rendered(script: string, lang = 'en', shown: readonly Entry[] = elements) {
  const frame = await loadFrame({
    srcdoc: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script type="module" src="${new URL(script, location.href).href}"></script></head><body></body></html>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await waitUntil(() => shown.every(({ tag }) => win.customElements.get(tag)), script, {
    timeout: 10000,
  });
  const widgets = shown.flatMap(({ tag, fixtures }) =>
    fixtures.map((attributes) => {
      const el = doc.createElement(tag) as Widget;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      return el;
    }),
  );
  doc.body.append(...widgets);
  for (const el of widgets) await el.updateComplete;
  await waitUntil(() => !widgets.some(waiting), `${script} in ${lang}`, { timeout: 10000 });
  for (const el of widgets) await el.updateComplete;
  // Lit's markers differ with the templates; the whitespace a template was written with
  // shows as one space or none, in both.
  return widgets.map((el) =>
    withInner(el)
      .map((e) => e.shadowRoot!.innerHTML)
      .join('\n')
      .replace(/<!--[^]*?-->/g, '')
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

  // Each file fetches only its own part of a language (scripts/language-parts.mjs): a part
  // left out would show in English, beside the Spanish, and differ from the sources.
  const files = [
    { file: 'backcare.js', shown: elements },
    ...elements.map((entry) => ({
      file: `elements/${entry.tag.replace('backcare-', '')}.js`,
      shown: [entry],
    })),
  ];
  for (const { file, shown } of files) {
    it(`renders its fixtures in Spanish from dist/${file} as the sources do`, async () => {
      const [fromSource, built] = [
        await rendered('/src/backcare.ts', 'es', shown),
        await rendered(`/dist/${file}`, 'es', shown),
      ];
      expect(built).to.have.length(fromSource.length);
      built.forEach((html, i) => expect(html, `fixture ${i}`).to.equal(fromSource[i]));
      // Spanish indeed, not English on both sides.
      expect(built.join(' ')).to.contain('no es consejo médico');
    });
  }
});
