import type { Translation } from '../types.js';
import { common, meta } from './common.js';
import { exerciseCard } from './exercise-card.js';

/** Spanish, for every element. Loaded on demand as one chunk when a page asks for `es`. */
const es: Translation = {
  lang: 'es',
  meta,
  common,
  exerciseCard,
};

export default es;
