// Times the library: from this module's start, through loading dist/backcare.js, to 100
// widgets rendered and painted. render-warm.js times rendering with the modules loaded.
import { createWidgets, widgetMix } from './mix.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 100);
const mix = widgetMix(count);
const start = performance.now();
await import('/dist/backcare.js');
const elements = createWidgets(mix);
document.body.append(...elements);
await Promise.all(elements.map((el) => el.updateComplete));
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.benchResult = { ms: performance.now() - start, count: elements.length };
