import type { ElementEntry } from '../registry.js';
import { warningSigns } from './en.js';

export default {
  tag: 'backcare-warning-signs',
  texts: { warningSigns },
  reserve: { '': { wide: 53, 768: 56, 600: 70, 414: 83 } },
  fixtures: [{}],
} as const satisfies ElementEntry;
