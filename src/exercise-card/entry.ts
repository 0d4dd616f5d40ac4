import type { ElementEntry } from '../registry.js';
import { exercises } from '../exercises/en.js';
import { exerciseCard } from './en.js';

export default {
  tag: 'backcare-exercise-card',
  texts: { exercises, exerciseCard },
  reserve: {
    '': { wide: 39, 768: 42, 600: 59, 414: 65 },
    '[compact]': { wide: 32, 768: 34, 600: 39, 414: 49 },
  },
  fixtures: [
    { exercise: 'cat-cow' },
    { exercise: 'childs-pose', compact: '' },
    { exercise: 'bridge', reps: '10', sets: '2', hold: '5' },
    { exercise: 'pelvic-circles' },
    { exercise: 'scapular-retraction' },
    { exercise: 'doorway-pec-stretch' },
  ],
} as const satisfies ElementEntry;
