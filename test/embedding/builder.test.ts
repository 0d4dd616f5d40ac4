import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { axeViolations, closePages, loadFrame } from './pages.js';
import { elements } from '../support/registry.js';

// The embed builder (demo/builder.html) as a clinic or a blogger uses it: choose options,
// see the widget, copy the snippet, paste it into a fresh page that loads dist/.

/** The heights the registry reserves for a compact exercise card (its first element). */
const compactCard = elements[0].reserve['[compact]'];

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
  /** Points the snippet at this server's dist/, so a pasted snippet loads the built files. */
  const useThisServer = async () => {
    await choose('host', 'own');
    await choose('own-path', '/dist/');
  };
  return { frame, doc, snippet, choose, useThisServer };
}

const collapse = (html: string) =>
  html
    .replace(/\s+/g, ' ')
    .replace(/\s*(\/?>)/g, '$1')
    .trim();

describe('embed builder', () => {
  it('writes the snippet for the chosen options, with the widget’s heading as its fallback', async () => {
    const { doc, snippet, choose, useThisServer } = await builder();
    await choose('element', 'backcare-exercise-card');
    await choose('attr-exercise', 'bridge');
    await choose('attr-lang', 'es');
    await choose('attr-heading-level', '3');
    await choose('attr-reps', '10');
    await useThisServer();
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
    expect(snippet()).to.contain('backcare-exercise-card:is(:not(:defined), :state(waiting)) {');
  });

  it('holds the widget’s place until its script has drawn it', async () => {
    const { snippet, choose, useThisServer } = await builder();
    await choose('attr-exercise', 'bridge');
    await useThisServer();
    expect(snippet()).to.not.contain('[compact]');
    await choose('attr-compact', true);
    expect(snippet()).to.contain(
      'backcare-exercise-card[compact]:is(:not(:defined), :state(waiting)) {',
    );
    // A phone's band too: a narrow screen holds a taller place.
    expect(snippet()).to.contain(
      `@media (max-width: 414px) {\n    backcare-exercise-card[compact]:is(:not(:defined), :state(waiting)) {\n      min-height: ${compactCard[414]}em;`,
    );
    // Pasted where the script cannot run: the tag keeps the card's space, its text at the top.
    const frame = await loadFrame({
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"></head><body>${snippet()}<p id="after">The post goes on.</p></body></html>`,
    });
    const doc = frame.contentDocument!;
    const card = doc.querySelector('backcare-exercise-card')!;
    // The frame is 900 px wide: the compact card's height for wide screens, in em.
    const em = parseFloat(getComputedStyle(card).fontSize);
    const held = compactCard.wide;
    expect(card.getBoundingClientRect().height / em, `the compact card’s ${held}em`).to.be.closeTo(
      held,
      0.5,
    );
    expect(doc.getElementById('after')!.getBoundingClientRect().top).to.be.at.least(held * em);
    expect(card.textContent!.trim()).to.equal('Bridge');
    // The snippet lets go of the place if the script does not come (here, after 300 ms).
    const late = await loadFrame({
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><style>:root { --backcare-hold-for: 300ms; }</style></head><body>${snippet()}</body></html>`,
    });
    const blocked = late.contentDocument!.querySelector('backcare-exercise-card')!;
    await waitUntil(
      () => blocked.getBoundingClientRect().height < 3 * em,
      'the place let go, the fallback text alone',
      { timeout: 5000 },
    );
  });

  it('preloads only what the chosen widget will load', async () => {
    const { snippet, choose, useThisServer } = await builder();
    await choose('attr-exercise', 'bridge');
    expect(snippet(), 'an English card needs nothing else').to.not.contain('modulepreload');
    await choose('element', 'backcare-routine');
    await useThisServer();
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
    const { doc, choose, useThisServer } = await builder();
    await useThisServer();
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

  it('gives every snippet one shared file for a page with several kinds of widget', async function () {
    this.timeout(20000);
    const { snippet, choose, useThisServer } = await builder();
    await useThisServer();
    await choose('entry', 'all');
    await choose('attr-lang', 'es');
    await choose('attr-exercise', 'bridge');
    const card = snippet();
    expect(card).to.contain('<script type="module" src="/dist/backcare.js"></script>');
    expect(card).to.contain(
      '<link rel="modulepreload" href="/dist/chunks/backcare/locale-es.js" />',
    );
    await choose('element', 'backcare-feeding-guide');
    await choose('attr-lang', 'es');
    const guide = snippet();
    expect(guide).to.contain('<script type="module" src="/dist/backcare.js"></script>');
    const frame = await loadFrame({
      srcdoc: `<!doctype html><html><head><meta charset="utf-8"></head><body>${card}${guide}</body></html>`,
    });
    const heading = (tag: string) =>
      frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector('[part~="heading"]')
        ?.textContent;
    await waitUntil(
      () => heading('backcare-exercise-card') === 'Puente' && heading('backcare-feeding-guide'),
      'both widgets drawn in Spanish',
      { timeout: 10000 },
    );
    const fetched = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      .filter((path) => path.endsWith('/backcare.js'));
    expect(fetched, 'the shared file, fetched once').to.deep.equal(['/dist/backcare.js']);
  });

  describe('a widget already drawn in the HTML', () => {
    /**
     * `snippet` in a fresh page; `scripts: false` pastes it where no script may run, and
     * `styles` adds a `style-src` directive to that page's policy.
     */
    const paste = (snippet: string, { scripts = true, styles = '' } = {}) => {
      const policy = [scripts ? '' : "script-src 'none'", styles].filter(Boolean).join('; ');
      const meta = policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}">` : '';
      // Errors are caught from the page's start: the snippet's scripts may run before it loads.
      const catcher = scripts ? `<script>${catchErrors}</script>` : '';
      return loadFrame({
        srcdoc: `<!doctype html><html><head><meta charset="utf-8">${meta}${catcher}</head><body>${snippet}</body></html>`,
      });
    };
    const catchErrors = `window.pageErrors = [];
      addEventListener('error', (e) => pageErrors.push(e.message));
      addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));`;
    const errorsIn = (frame: HTMLIFrameElement) =>
      (frame.contentWindow as Window & { pageErrors: string[] }).pageErrors;

    it('puts the whole widget in the snippet, shown before any script runs', async function () {
      this.timeout(20000);
      const { doc, snippet, choose, useThisServer } = await builder();
      await choose('attr-exercise', 'bridge');
      await choose('attr-reps', '10');
      await useThisServer();
      await choose('drawn-html', true);
      expect(doc.getElementById('snippet-problem')!.hidden).to.equal(true);
      // Lit's hydration first, then the element; the export's first render fetched beside them.
      const lines = snippet().split('\n');
      expect(lines.slice(0, 3)).to.deep.equal([
        '<link rel="modulepreload" href="/dist/chunks/exported.js" />',
        '<script type="module" src="/dist/hydrate.js"></script>',
        '<script type="module" src="/dist/elements/exercise-card.js"></script>',
      ]);
      expect(snippet()).to.contain('<template shadowroot="open" shadowrootmode="open">');

      const frame = await paste(snippet(), { scripts: false });
      const card = frame.contentDocument!.querySelector('backcare-exercise-card')!;
      expect(frame.contentWindow!.customElements.get('backcare-exercise-card')).to.equal(undefined);
      const heading = card.shadowRoot?.querySelector('[part~="heading"]');
      expect(heading?.textContent?.trim(), 'the card, drawn with no script').to.equal('Bridge');
      expect(card.shadowRoot!.textContent).to.contain('10');
      expect(heading!.getBoundingClientRect().height, 'and laid out').to.be.above(0);
    });

    it('gives the style hashes a page with a strict policy needs', async function () {
      this.timeout(20000);
      const { frame, doc, snippet, choose } = await builder();
      await choose('element', 'backcare-warning-signs');
      expect(
        doc.getElementById('csp-hint')!.hidden,
        'no hashes for a script-drawn widget',
      ).to.equal(true);
      await choose('drawn-html', true);
      expect(doc.getElementById('csp-hint')!.hidden).to.equal(false);
      const policy = doc.getElementById('csp-line')!.textContent!;
      expect(policy).to.match(/^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
      expect(await axeViolations(frame, doc.body), 'axe, with the hashes shown').to.deep.equal([]);
      // `:host { display: block }` is the widget's own style: applied only if the policy allows it.
      const display = async (styles: string) => {
        const frame = await paste(snippet(), { scripts: false, styles });
        const host = frame.contentDocument!.querySelector('backcare-warning-signs')!;
        return getComputedStyle(host).display;
      };
      expect(await display(policy), 'with the hashes').to.equal('block');
      expect(await display("style-src 'self'"), 'without them').to.equal('inline');
      // The accent colour's own <style> is in the snippet too, and so in the policy.
      await choose('use-accent', true);
      await choose('accent', '#7a3e9d');
      const withAccent = doc.getElementById('csp-line')!.textContent!;
      expect(withAccent.split(' ').length, 'one hash more').to.equal(policy.split(' ').length + 1);
      const frame2 = await paste(snippet(), { scripts: false, styles: withAccent });
      const host = frame2.contentDocument!.querySelector('backcare-warning-signs')!;
      expect(getComputedStyle(host).getPropertyValue('--backcare-accent').trim()).to.equal(
        '#7a3e9d',
      );
    });

    it('comes to life in place when the script arrives', async function () {
      this.timeout(20000);
      const { snippet, choose, useThisServer } = await builder();
      await choose('element', 'backcare-feeding-guide');
      await choose('attr-lang', 'es');
      await useThisServer();
      await choose('drawn-html', true);
      expect(snippet()).to.contain('href="/dist/chunks/feeding-guide/locale-es.js"');
      const frame = await paste(snippet());
      const win = frame.contentWindow!;
      const guide = frame.contentDocument!.querySelector('backcare-feeding-guide')!;
      const drawnHeading = guide.shadowRoot!.querySelector('[part~="heading"]');
      await win.customElements.whenDefined('backcare-feeding-guide');
      await (guide as Element & { updateComplete: Promise<boolean> }).updateComplete;
      // Hydrated, not drawn again: the same heading node, one of it, in Spanish.
      const headings = guide.shadowRoot!.querySelectorAll('[part~="heading"]');
      expect(headings).to.have.length(1);
      expect(headings[0]).to.equal(drawnHeading);
      expect(drawnHeading!.textContent!.trim()).to.match(/^Posiciones para/);
      const picked: string[] = [];
      guide.addEventListener('backcare-position-change', (e) =>
        picked.push((e as CustomEvent<{ position: string }>).detail.position),
      );
      guide.shadowRoot!.querySelector<HTMLButtonElement>('#tab-cradle')!.click();
      expect(picked, 'its tabs answer a tap').to.deep.equal(['cradle']);
      expect(errorsIn(frame)).to.deep.equal([]);
    });

    it('gives every widget a snippet that hydrates without an error', async function () {
      this.timeout(60000);
      const { doc, snippet, choose, useThisServer } = await builder();
      await useThisServer();
      await choose('drawn-html', true);
      const tags = [...(doc.getElementById('element') as HTMLSelectElement).options].map(
        (option) => option.value,
      );
      expect(tags.length).to.be.above(5);
      for (const tag of tags) {
        await choose('element', tag);
        const frame = await paste(snippet());
        const win = frame.contentWindow!;
        const host = frame.contentDocument!.querySelector(tag)!;
        const drawnHeading = host.shadowRoot!.querySelector('[part~="heading"]');
        expect(drawnHeading, `${tag} drawn before its script`).to.exist;
        await win.customElements.whenDefined(tag);
        await (host as Element & { updateComplete: Promise<boolean> }).updateComplete;
        expect(host.shadowRoot!.querySelectorAll('[part~="heading"]'), tag).to.have.length(1);
        expect(host.shadowRoot!.querySelector('[part~="heading"]'), tag).to.equal(drawnHeading);
        expect(errorsIn(frame), tag).to.deep.equal([]);
        frame.remove();
      }
    });

    it('says what is wrong with an option instead of giving a snippet, and recovers', async function () {
      this.timeout(20000);
      const { frame, doc, snippet, choose } = await builder();
      await choose('attr-exercise', 'bridge');
      await choose('drawn-html', true);
      const problem = doc.getElementById('snippet-problem')!;
      const copy = doc.getElementById('copy') as HTMLButtonElement;
      for (const bad of ['constructor', '__proto__', 'ten']) {
        await choose('attr-reps', bad);
        expect(problem.hidden, `reps="${bad}"`).to.equal(false);
        expect(problem.textContent).to.contain(`reps="${bad}" is not valid`);
        expect(problem.getAttribute('role')).to.equal('alert');
        expect(snippet()).to.equal('');
        expect(copy.disabled).to.equal(true);
      }
      expect(await axeViolations(frame, doc.body), 'axe, with the message shown').to.deep.equal([]);
      // The form keeps what was typed; fixing it brings the snippet back.
      expect((doc.getElementById('attr-reps') as HTMLInputElement).value).to.equal('ten');
      await choose('attr-reps', '12');
      expect(problem.hidden).to.equal(true);
      expect(copy.disabled).to.equal(false);
      expect(snippet()).to.contain('reps="12"');
    });

    it('says so when the browser cannot start the drawing, and tries again later', async () => {
      const { frame, doc, snippet, choose } = await builder();
      const win = frame.contentWindow as FrameWindow;
      const RealWorker = win.Worker;
      // A worker that fails to start, as where workers are blocked or the file is missing.
      win.Worker = class extends win.EventTarget {
        constructor() {
          super();
          setTimeout(() => this.dispatchEvent(new win.Event('error')));
        }
        postMessage() {}
      } as unknown as typeof Worker;
      await choose('drawn-html', true);
      const problem = doc.getElementById('snippet-problem')!;
      expect(problem.textContent).to.contain('could not start the drawing');
      expect(snippet()).to.equal('');
      win.Worker = RealWorker;
      await choose('attr-exercise', 'bridge');
      expect(problem.hidden).to.equal(true);
      expect(snippet()).to.contain('<template shadowroot="open" shadowrootmode="open">');
    });
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
