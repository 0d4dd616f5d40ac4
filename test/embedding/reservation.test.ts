import { expect, waitUntil } from '@open-wc/testing';
import { reservationWidths } from '../../src/registry.js';
import { elements } from '../support/registry.js';
import { closePages, loadFrame } from './pages.js';

// dist/backcare.css holds each widget's place until its script has drawn it. Every fixture
// of the registry is put on a page twice at each viewport width: with the stylesheet alone
// (the place held) and with the script too (the widget drawn). The place held must never be
// taller than the widget (the text below would jump up), and at the widths the heights are
// given for, it must stay close to the shortest widget it holds (or the text jumps down: the
// registry's number has gone stale). The page's font is DejaVu Sans, wide among common fonts;
// the registry's heights leave room for narrower ones.

after(closePages);

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Fixtures of each variant: a fixture belongs to the first variant it matches, or to `''`. */
const measured = elements.flatMap(({ tag, reserve, fixtures }) =>
  fixtures.map((attributes) => {
    const el = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    const variant = Object.keys(reserve).find((v) => v !== '' && el.matches(v)) ?? '';
    return { tag, attributes, variant, heights: reserve[variant as keyof typeof reserve] };
  }),
);

const tags = measured
  .map(({ tag, attributes }) => {
    const text = Object.entries(attributes)
      .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
      .join('');
    return `<${tag}${text}></${tag}>`;
  })
  .join('\n');

/** The height of each fixture, in em of the page's text, on a page `width` px wide. */
async function heightsAt(width: number, { drawn }: { drawn: boolean }) {
  const script = drawn ? '<script type="module" src="/dist/backcare.js"></script>' : '';
  const frame = await loadFrame({
    width,
    srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="stylesheet" href="/dist/backcare.css">${script}
    <style>body { font: 16px 'DejaVu Sans'; }</style></head><body>${tags}</body></html>`,
  });
  const win = frame.contentWindow as Window & typeof globalThis;
  const widgets = [...frame.contentDocument!.body.children] as Widget[];
  if (drawn) {
    await waitUntil(() => widgets.every((w) => win.customElements.get(w.localName)), '', {
      timeout: 10000,
    });
    await Promise.all(widgets.map((w) => w.updateComplete));
    await frame.contentDocument!.fonts.ready;
  }
  return widgets.map((w) => w.getBoundingClientRect().height / 16);
}

/** The band of `reservationWidths` a viewport `width` px wide falls in. */
const bandAt = (width: number) =>
  [...reservationWidths].reverse().find((edge) => width <= edge) ?? 'wide';

describe('the place dist/backcare.css holds before the script has run', () => {
  // Phones, the band edges, between them, and wide screens.
  for (const width of [360, 390, 414, 500, 600, 700, 768, 800, 1024, 1280]) {
    it(`is never taller than the widget, and close to it where measured: ${width} px`, async () => {
      const held = await heightsAt(width, { drawn: false });
      const drawn = await heightsAt(width, { drawn: true });
      const band = bandAt(width);
      measured.forEach(({ tag, attributes, variant, heights }, i) => {
        const name = `${tag}${variant} ${JSON.stringify(attributes)} at ${width} px`;
        expect(held[i], `${name}: the reserved height`).to.be.closeTo(heights[band], 0.01);
        // At most 95% of the widget: where a narrower font sets it a little shorter than
        // DejaVu Sans does, the place held is still no taller than the widget.
        expect(
          held[i],
          `${name}: held ${held[i]}em, drawn ${drawn[i]!.toFixed(1)}em`,
        ).to.be.at.most(0.95 * drawn[i]!);
      });
      // Where a height was measured (a band's widest viewport), it is about 90% of the
      // shortest widget of its variant; below 75%, the widget has grown and the number is stale.
      if (width !== 1280 && !reservationWidths.includes(width as never)) return;
      for (const { tag, variant, heights } of measured) {
        const shortest = Math.min(
          ...measured.flatMap((m, i) =>
            m.tag === tag && m.variant === variant ? [drawn[i]!] : [],
          ),
        );
        expect(
          heights[band],
          `${tag}${variant} at ${width} px: reserves ${heights[band]}em, its shortest fixture is ${shortest.toFixed(1)}em; write ${Math.floor(0.9 * shortest)} in its entry.ts`,
        ).to.be.at.least(0.75 * shortest);
      }
    });
  }
});

describe('a widget waiting for its language', () => {
  it('keeps the place held, its fallback text in it, until the widget is drawn', async () => {
    const frame = await loadFrame({
      width: 390,
      srcdoc: `<!doctype html><html lang="es"><head><meta charset="utf-8">
      <link rel="stylesheet" href="/dist/backcare.css">
      <script type="module" src="/dist/elements/exercise-card.js"></script>
      <style>body { font: 16px 'DejaVu Sans'; }</style></head>
      <body><p id="after">El artículo sigue.</p></body></html>`,
    });
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    await win.customElements.whenDefined('backcare-exercise-card');
    // Added once the page has loaded, so its Spanish is fetched from now on, whatever the
    // browser waited for before the load event.
    const card = doc.createElement('backcare-exercise-card') as Widget;
    card.setAttribute('exercise', 'bridge');
    card.innerHTML = '<p>Puente</p>';
    const after = doc.getElementById('after')!;
    after.before(card);
    const held = elements[0].reserve[''][414];
    await card.updateComplete;
    // Defined and drawn once, but its Spanish is still on the way: the fallback shows.
    expect(card.matches(':state(waiting)'), 'waiting for its Spanish').to.equal(true);
    expect(card.shadowRoot!.querySelector('slot'), 'its fallback shown').to.exist;
    expect(card.getBoundingClientRect().height / 16).to.be.closeTo(held, 0.01);
    const waitingTop = after.getBoundingClientRect().top;
    await waitUntil(() => !card.matches(':state(waiting)'), 'the Spanish arrived', {
      timeout: 10000,
    });
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('h2')!.textContent).to.contain('Puente');
    // The text after it moved down only by what the card is taller than the place held.
    const drawn = card.getBoundingClientRect().height / 16;
    expect(drawn).to.be.at.least(held);
    expect(after.getBoundingClientRect().top - waitingTop).to.be.closeTo((drawn - held) * 16, 1);
  });
});

describe('a page that sets the widgets’ text size', () => {
  it('holds the place in that size, not the page’s', async () => {
    // A clinic's page in 18 px text, its widgets themed to 14 px: the place held in the
    // page's 18 px would be taller than the card, and the text below would jump up.
    const page = (script: string) =>
      loadFrame({
        width: 390,
        srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
        <link rel="stylesheet" href="/dist/backcare.css">${script}
        <style>body { font: 18px 'DejaVu Sans'; }
        backcare-exercise-card { --backcare-font-size: 14px; }</style></head>
        <body><backcare-exercise-card exercise="bridge"><p>Bridge</p></backcare-exercise-card>
        </body></html>`,
      });
    const cardIn = (frame: HTMLIFrameElement) =>
      frame.contentDocument!.querySelector('backcare-exercise-card') as Widget;
    const held = cardIn(await page('')).getBoundingClientRect().height;
    const frame = await page(
      '<script type="module" src="/dist/elements/exercise-card.js"></script>',
    );
    const win = frame.contentWindow as Window & typeof globalThis;
    await win.customElements.whenDefined('backcare-exercise-card');
    await cardIn(frame).updateComplete;
    const drawn = cardIn(frame).getBoundingClientRect().height;
    expect(held / 14, 'the phone’s height, in the widget’s em').to.be.closeTo(
      elements[0].reserve[''][414],
      0.01,
    );
    expect(held, `held ${held} px, drawn ${drawn} px`).to.be.at.most(0.95 * drawn);
  });
});

describe('a place whose script never comes', () => {
  /** A page where no script may run, the card's place held by backcare.css. */
  const blockedPage = ({ head = '', sandbox }: { head?: string; sandbox?: string } = {}) =>
    loadFrame({
      sandbox,
      srcdoc: `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <meta http-equiv="Content-Security-Policy" content="script-src 'none'">
      <link rel="stylesheet" href="/dist/backcare.css">${head}
      <style>body { font: 16px 'DejaVu Sans'; }</style></head>
      <body><backcare-exercise-card exercise="bridge"><p>Bridge</p></backcare-exercise-card>
      <p id="after">The post goes on.</p></body></html>`,
    });

  it('is let go after a while, so the fallback text reads as part of the page', async () => {
    const frame = await blockedPage({ head: '<style>:root { --backcare-hold-for: 1s; }</style>' });
    const doc = frame.contentDocument!;
    const card = doc.querySelector('backcare-exercise-card')!;
    const after = doc.getElementById('after')!;
    const fallback = card.querySelector('p')!;
    // The frame is 900 px wide: the card's height for wide screens.
    expect(card.getBoundingClientRect().height / 16, 'held at first').to.be.closeTo(
      elements[0].reserve[''].wide,
      0.01,
    );
    await waitUntil(
      () => card.getBoundingClientRect().bottom === fallback.getBoundingClientRect().bottom,
      'the place let go',
      { timeout: 5000 },
    );
    expect(after.getBoundingClientRect().top - fallback.getBoundingClientRect().bottom).to.be.below(
      2 * 16,
    );
  });

  it('is let go at once where scripts cannot run at all', async () => {
    // A frame sandboxed without scripts: `(scripting: none)`, as with JavaScript turned off.
    const frame = await blockedPage({ sandbox: 'allow-same-origin' });
    const card = frame.contentDocument!.querySelector('backcare-exercise-card')!;
    const fallback = card.querySelector('p')!;
    expect(card.getBoundingClientRect().bottom).to.equal(fallback.getBoundingClientRect().bottom);
  });

  it('is held for 5 seconds unless the page says otherwise', async () => {
    const frame = await blockedPage();
    const card = frame.contentDocument!.querySelector('backcare-exercise-card')!;
    const style = frame.contentWindow!.getComputedStyle(card);
    expect(style.animationName).to.equal('backcare-let-go');
    expect(style.animationDelay).to.equal('5s');
    expect(card.getBoundingClientRect().height / 16).to.be.closeTo(
      elements[0].reserve[''].wide,
      0.01,
    );
  });
});
