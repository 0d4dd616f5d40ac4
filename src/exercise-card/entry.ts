import type { ElementEntry } from '../registry.js';
import { exercises } from '../exercises/en.js';
import { exerciseCard } from './en.js';

export default {
  tag: 'backcare-exercise-card',
  texts: { exercises, exerciseCard },
  reserve: { '': '40rem', '[compact]': '30rem' },
  fixtures: [
    { exercise: 'cat-cow' },
    { exercise: 'childs-pose', compact: '' },
    { exercise: 'bridge', reps: '10', sets: '2', hold: '5' },
    { exercise: 'pelvic-circles' },
    { exercise: 'scapular-retraction' },
    { exercise: 'doorway-pec-stretch' },
  ],
} as const satisfies ElementEntry;
