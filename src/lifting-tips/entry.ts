import type { ElementEntry } from '../registry.js';
import { liftingTips } from './en.js';

export default {
  tag: 'backcare-lifting-tips',
  texts: { liftingTips },
  reserve: { '': '36rem' },
  fixtures: [{}, { moment: 'lifting' }, { moment: 'carrying' }, { moment: 'bending' }],
} as const satisfies ElementEntry;
