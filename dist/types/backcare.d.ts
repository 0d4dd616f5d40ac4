/**
 * Defines every backcare element. Load it with
 * `<script type="module" src="…/dist/backcare.js"></script>`.
 */
export { BackcareExerciseCard } from './exercise-card/define.js';
export { BackcareFeedingGuide } from './feeding-guide/define.js';
export type { PositionChangeDetail } from './feeding-guide/define.js';
export { BackcareLiftingTips } from './lifting-tips/define.js';
export { BackcareWhyItHurts } from './why-it-hurts/define.js';
export { BackcarePtChecklist } from './pt-checklist/define.js';
export type { PtChecklistChangeDetail } from './pt-checklist/define.js';
export { version } from './shared/version.js';
