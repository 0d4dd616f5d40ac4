// Times the drawings, with the modules already loaded. First it mounts every fixture once
// and keeps those whose widget shows a drawing of the figure; then, in rounds, it renders
// ten of each of those widgets to painted, and clones the same drawings alone (their SVG,
// with their widget's style sheets, each in a shadow root of its own) to painted. The best
// round of each counts: a drawing's cost, with as little of the machine's noise as possible.
import { fixtures } from './.fixtures.js';
import { mountWidgets, painted } from './mix.js';

const copies = 10;
/** Rounds timed, after two that warm the page up. */
const rounds = 15;
await import('/dist/backcare.js');

const figures = (el) =>
  [...el.shadowRoot.querySelectorAll('svg[role="img"]')].filter((svg) =>
    svg.querySelector('.figure'),
  );

const probe = await mountWidgets(fixtures);
const drawn = fixtures.filter((_, i) => figures(probe[i]).length);
const drawings = probe.flatMap((el) =>
  figures(el).map((svg) => {
    const template = document.createElement('template');
    // Lit's markers are comments; a drawing alone needs none of them.
    template.innerHTML = svg.outerHTML.replace(/<!--[^]*?-->/g, '');
    return { template, sheets: el.shadowRoot.adoptedStyleSheets };
  }),
);
probe.forEach((el) => el.remove());

async function time(render) {
  const best = [];
  for (let round = 0; round < rounds + 2; round++) {
    const start = performance.now();
    const nodes = await render();
    await painted();
    if (round >= 2) best.push(performance.now() - start);
    nodes.forEach((node) => node.remove());
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  return Math.min(...best);
}

const widgets = await time(() => mountWidgets(Array.from({ length: copies }, () => drawn).flat()));
const alone = await time(async () => {
  const hosts = [];
  for (let c = 0; c < copies; c++)
    for (const { template, sheets } of drawings) {
      const host = document.createElement('div');
      host.style.width = '320px';
      const root = host.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = sheets;
      root.append(template.content.cloneNode(true));
      hosts.push(host);
    }
  document.body.append(...hosts);
  return hosts;
});
window.benchResult = {
  widgets,
  alone,
  widgetCount: copies * drawn.length,
  drawingCount: copies * drawings.length,
  rounds,
};
