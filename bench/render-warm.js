// Times rendering with everything already loaded: in alternating rounds, the library renders
// the 100 mixed widgets to painted, and the same shadow DOM and styles (the snapshot
// scripts/bench.mjs took of the library's output) are stamped by hand to painted. Two
// hand-stamped rounds go first, untimed, so the fonts and the browser's own caches are warm
// for both. The library's first round counts on its own (Lit prepares each template once per
// page); then the best of the rounds after it, for each.
import { snapshot } from './.snapshot.js';
import { handStamper } from './by-hand.js';
import { mountWidgets, painted, widgetMix } from './mix.js';

const rounds = 15;
await import('/dist/backcare.js');

const stamp = handStamper(snapshot);

const renderers = {
  library: () => mountWidgets(widgetMix(snapshot.widgets.length)),
  async byHand() {
    const elements = stamp();
    document.body.append(...elements);
    return elements;
  },
};

async function time(render) {
  const start = performance.now();
  const elements = await render();
  await painted();
  const ms = performance.now() - start;
  elements.forEach((el) => el.remove());
  await new Promise((resolve) => setTimeout(resolve, 30));
  return ms;
}

for (let round = 0; round < 2; round++) await time(renderers.byHand);
const first = await time(renderers.library);
const times = { library: [], byHand: [] };
for (let round = 0; round < rounds; round++) {
  for (const [name, render] of Object.entries(renderers)) times[name].push(await time(render));
}
window.benchResult = {
  first,
  library: Math.min(...times.library),
  byHand: Math.min(...times.byHand),
  rounds,
};
