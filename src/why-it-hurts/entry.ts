import type { ElementEntry } from '../registry.js';
import { whyItHurts } from './en.js';

export default {
  tag: 'backcare-why-it-hurts',
  texts: { whyItHurts },
  reserve: { '': { wide: 45, 768: 45, 600: 54, 414: 65 } },
  fixtures: [{}],
} as const satisfies ElementEntry;
