import type { ElementEntry } from '../registry.js';
import { whyItHurts } from './en.js';

export default {
  tag: 'backcare-why-it-hurts',
  texts: { whyItHurts },
  reserve: { '': '24rem' },
  fixtures: [{}],
} as const satisfies ElementEntry;
