import type { Translation } from '../types.js';
import { common, meta } from './common.js';
import { exercises } from './exercises.js';
import { exerciseCard } from './exercise-card.js';
import { feedingGuide } from './feeding-guide.js';
import { liftingTips } from './lifting-tips.js';
import { ptChecklist } from './pt-checklist.js';
import { routine, routineSession } from './routine.js';
import { warningSigns } from './warning-signs.js';
import { whyItHurts } from './why-it-hurts.js';

/**
 * Spanish, for every element. Loaded on demand as one chunk when a page asks for `es`; in
 * each entry's build, cut to the parts that entry shows (scripts/language-parts.mjs reads
 * the imports below, one part module a line).
 */
const es: Translation = {
  lang: 'es',
  meta,
  common,
  exercises,
  exerciseCard,
  feedingGuide,
  liftingTips,
  ptChecklist,
  warningSigns,
  routine,
  routineSession,
  whyItHurts,
};

export default es;
