// Times the physical floor: the same shadow DOM and styles the library produces, written
// into shadow roots by hand from a snapshot, with no library at all.
import { handStamper } from './by-hand.js';
import { painted } from './mix.js';

const start = performance.now();
const { snapshot } = await import('./.snapshot.js');
const elements = handStamper(snapshot)();
document.body.append(...elements);
await painted();
window.benchResult = { ms: performance.now() - start, count: elements.length };
