// Times the library: from this module's start, through loading dist/backcare.js, to 100
// widgets rendered and painted. render-warm.js times rendering with the modules loaded.
import { mountWidgets, painted, widgetMix } from './mix.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 100);
const mix = widgetMix(count);
const start = performance.now();
await import('/dist/backcare.js');
const elements = await mountWidgets(mix);
await painted();
window.benchResult = { ms: performance.now() - start, count: elements.length };
