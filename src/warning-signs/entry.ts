import type { ElementEntry } from '../registry.js';
import { warningSigns } from './en.js';

export default {
  tag: 'backcare-warning-signs',
  texts: { warningSigns },
  reserve: { '': '40rem' },
  fixtures: [{}],
} as const satisfies ElementEntry;
