/**
 * Defines every backcare element. Load it with
 * `<script type="module" src="…/dist/backcare.js"></script>`.
 */
export * from './exercise-card/define.js';
export * from './feeding-guide/define.js';
export * from './lifting-tips/define.js';
export * from './why-it-hurts/define.js';
export * from './pt-checklist/define.js';
export * from './warning-signs/define.js';
export * from './routine/define.js';
export { version } from './shared/version.js';
