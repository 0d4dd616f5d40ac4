import type { Translation } from '../types.js';
import { common, meta } from './common.js';
import { exerciseCard } from './exercise-card.js';
import { liftingTips } from './lifting-tips.js';
import { whyItHurts } from './why-it-hurts.js';
import { feedingGuide } from './feeding-guide.js';
import { ptChecklist } from './pt-checklist.js';

/**
 * The whole English translation in one object: the reference a new language is checked
 * against. Elements do not import it; each bundles only the English parts it shows.
 */
const en: Translation = {
  lang: 'en',
  meta,
  common,
  exerciseCard,
  liftingTips,
  whyItHurts,
  feedingGuide,
  ptChecklist,
};

export default en;
