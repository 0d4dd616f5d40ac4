// Times the physical floor: the same shadow DOM and styles the library produces, written
// into shadow roots by hand from a snapshot, with no library at all.
import { handStamper } from './by-hand.js';

const start = performance.now();
const { snapshot } = await import('./.snapshot.js');
const elements = handStamper(snapshot)();
document.body.append(...elements);
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
window.benchResult = { ms: performance.now() - start, count: elements.length };
