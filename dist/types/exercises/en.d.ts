import type { ExercisesText } from './texts.js';
/** The six exercises in English: names, steps and what each helps. */
export declare const exercises: ExercisesText;
