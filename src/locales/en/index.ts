import type { Translation } from '../types.js';
import { common, meta } from './common.js';
import { exerciseCard } from './exercise-card.js';

/**
 * The whole English translation in one object: the reference a new language is checked
 * against. Elements do not import it; each bundles only the English parts it shows.
 */
const en: Translation = {
  lang: 'en',
  meta,
  common,
  exerciseCard,
};

export default en;
