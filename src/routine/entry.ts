import type { ElementEntry } from '../registry.js';
import { exercises } from '../exercises/en.js';
import { routine } from './en.js';
import { routineSession } from './session-en.js';

export default {
  tag: 'backcare-routine',
  texts: { exercises, routine, routineSession },
  reserve: { '': { wide: 44, 768: 44, 600: 45, 414: 56 } },
  fixtures: [{}, { exercises: 'cat-cow childs-pose bridge' }],
} as const satisfies ElementEntry;
