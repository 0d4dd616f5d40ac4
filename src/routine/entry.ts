import type { ElementEntry } from '../registry.js';
import { exercises } from '../exercises/en.js';
import { routine } from './en.js';
import { routineSession } from './session-en.js';

export default {
  tag: 'backcare-routine',
  texts: { exercises, routine, routineSession },
  reserve: { '': '34rem' },
  fixtures: [{}, { exercises: 'cat-cow childs-pose bridge' }],
} as const satisfies ElementEntry;
