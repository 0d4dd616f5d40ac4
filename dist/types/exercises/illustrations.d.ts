import type { ExerciseId } from './content.js';
/** Each exercise's drawing, from the one posable figure. */
export declare const exerciseIllustrations: Record<ExerciseId, () => unknown>;
