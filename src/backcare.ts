/**
 * Defines every backcare element. Load it with
 * `<script type="module" src="…/dist/backcare.js"></script>`.
 */
export { BackcareExerciseCard } from './exercise-card/define.js';
export { version } from './shared/version.js';
