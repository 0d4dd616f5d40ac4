import type { ElementEntry } from '../registry.js';
import { liftingTips } from './en.js';

export default {
  tag: 'backcare-lifting-tips',
  texts: { liftingTips },
  reserve: {
    '': { wide: 85, 768: 92, 600: 108, 414: 134 },
    '[moment="lifting"]': { wide: 61, 768: 63, 600: 75, 414: 90 },
    '[moment="carrying"]': { wide: 34, 768: 36, 600: 45, 414: 54 },
    '[moment="bending"]': { wide: 40, 768: 45, 600: 51, 414: 70 },
  },
  fixtures: [{}, { moment: 'lifting' }, { moment: 'carrying' }, { moment: 'bending' }],
} as const satisfies ElementEntry;
