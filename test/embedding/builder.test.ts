import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { closePages, loadFrame } from './pages.js';

// The embed builder (demo/builder.html) as a clinic or a blogger uses it: choose options,
// see the widget, copy the snippet, paste it into a fresh page that loads dist/.

type FrameWindow = Window & typeof globalThis;
afterEach(closePages);

async function builder() {
  const frame = await loadFrame({ src: '/demo/builder.html' });
  const doc = frame.contentDocument!;
  await waitUntil(() => doc.body.dataset.ready, 'the builder drew its first preview', {
    timeout: 10000,
  });
  const snippet = () => doc.getElementById('snippet')!.textContent!;
  /** Sets a form control as a person would, then waits for the snippet to follow. */
  const choose = async (id: string, value: string | boolean) => {
    const input = doc.getElementById(id) as HTMLInputElement | HTMLSelectElement;
    const before = doc.body.dataset.ready;
    if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
    else input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => doc.body.dataset.ready !== before, `the builder followed ${id}`, {
      timeout: 10000,
    });
  };
  return { frame, doc, snippet, choose };
}

const collapse = (html: string) =>
  html
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)/g, '$1')
    .trim();

describe('embed builder', () => {
  it('writes the snippet for the chosen options, with the widget’s heading as its fallback', async () => {
    const { doc, snippet, choose } = await builder();
    await choose('element', 'backcare-exercise-card');
    await choose('attr-exercise', 'bridge');
    await choose('attr-lang', 'es');
    await choose('attr-heading-level', '3');
    await choose('attr-reps', '10');
    await choose('host', 'own');
    await choose('own-path', '/dist/');
    const preview = doc.querySelector('#preview backcare-exercise-card')!;
    expect(preview.getAttribute('exercise')).to.equal('bridge');
    expect(preview.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Puente');
    expect(snippet()).to.contain('<script type="module" src="/dist/elements/exercise-card.js">');
    // The entry is one file; the Spanish texts are fetched beside it, not after it has run.
    expect(snippet()).to.contain(
      '<link rel="modulepreload" href="/dist/chunks/exercise-card/locale-es.js" />',
    );
    expect(snippet().match(/modulepreload/g)).to.have.length(1);
    expect(snippet()).to.contain(
      '<backcare-exercise-card lang="es" exercise="bridge" reps="10" heading-level="3">',
    );
    expect(snippet()).to.contain('<p>Puente</p>');
  });

  it('preloads only what the chosen widget will load', async () => {
    const { snippet, choose } = await builder();
    await choose('attr-exercise', 'bridge');
    expect(snippet(), 'an English card needs nothing else').to.not.contain('modulepreload');
    await choose('element', 'backcare-routine');
    await choose('host', 'own');
    await choose('own-path', '/dist/');
    expect(snippet()).to.contain(
      '<link rel="modulepreload" href="/dist/chunks/routine/session.js" />',
    );
    expect(snippet()).to.not.contain('locale-es');
    await choose('attr-lang', 'es');
    expect(snippet()).to.contain(
      '<link rel="modulepreload" href="/dist/chunks/routine/locale-es.js" />',
    );
    // The preload lines come first, so their requests start with the entry's.
    expect(snippet().indexOf('modulepreload')).to.be.below(snippet().indexOf('<script'));
  });

  it('gives the language lines to add when the widget follows the page’s language', async () => {
    const { doc, choose } = await builder();
    await choose('host', 'own');
    await choose('own-path', '/dist/');
    const hint = doc.getElementById('page-language-hint')!;
    expect(hint.hidden, 'shown while no language is chosen').to.equal(false);
    expect(doc.getElementById('page-language-lines')!.textContent).to.equal(
      'lang="es": <link rel="modulepreload" href="/dist/chunks/exercise-card/locale-es.js" />',
    );
    await choose('attr-lang', 'es');
    expect(hint.hidden, 'hidden once the snippet says the language').to.equal(true);
  });

  it('copies the snippet by button and by keyboard', async () => {
    const { frame, doc, snippet, choose } = await builder();
    await choose('attr-exercise', 'cat-cow');
    const copied: string[] = [];
    Object.defineProperty((frame.contentWindow as FrameWindow).navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const button = doc.getElementById('copy') as HTMLButtonElement;
    button.click();
    await waitUntil(() => copied.length === 1, 'copied by click');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => copied.length === 2, 'copied by keyboard');
    expect(copied).to.deep.equal([snippet(), snippet()]);
    expect(doc.getElementById('copy-status')!.textContent).to.contain('Copied');
  });

  it('gives a snippet that works when pasted into a fresh page', async () => {
    const { snippet, choose } = await builder();
    await choose('element', 'backcare-pt-checklist');
    await choose('attr-lang', 'es');
    await choose('attr-weeks-postpartum', '3');
    await choose('attr-remember', true);
    await choose('use-accent', true);
    await choose('accent', '#7a3e9d');
    await choose('host', 'own');
    await choose('own-path', '/dist');
    const pasted = await loadFrame({
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body>${snippet()}</body></html>`,
    });
    const el = pasted.contentDocument!.querySelector('backcare-pt-checklist')!;
    await waitUntil(
      () =>
        el.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.includes('fisioterapeuta'),
      'the pasted checklist shows in Spanish',
      { timeout: 10000 },
    );
    expect(el.getAttribute('weeks-postpartum')).to.equal('3');
    expect(el.hasAttribute('remember')).to.equal(true);
    expect(getComputedStyle(el).getPropertyValue('--backcare-accent').trim()).to.equal('#7a3e9d');
    const remember = el.shadowRoot!.querySelector('.remember');
    expect(remember, 'the remember note shows').to.exist;
  });

  it('makes the README’s blogger snippet', async () => {
    const { snippet, choose } = await builder();
    await choose('attr-exercise', 'bridge');
    const readme = await (await fetch('/README.md')).text();
    const blogger = readme.split('**A blogger: one card in a post**')[1]!.split('```html')[1]!;
    expect(collapse(blogger.split('```')[0]!)).to.equal(collapse(snippet()));
  });

  it('makes the README’s Spanish card snippet, preload line included', async () => {
    const { snippet, choose } = await builder();
    await choose('attr-exercise', 'bridge');
    await choose('attr-lang', 'es');
    const readme = await (await fetch('/README.md')).text();
    const spanish = readme.split('**The same card on a Spanish page**')[1]!.split('```html')[1]!;
    expect(collapse(spanish.split('```')[0]!)).to.equal(collapse(snippet()));
  });
});
