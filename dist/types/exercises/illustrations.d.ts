import type { ExerciseId } from './content.js';
export declare const onMat: import("lit-html").TemplateResult<2>[];
/** Each exercise's drawing, from the one posable figure. */
export declare const exerciseIllustrations: Record<ExerciseId, () => unknown>;
