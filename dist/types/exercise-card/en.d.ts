import type { ExerciseCardText } from './texts.js';
/** The exercise card's own labels in English; the exercises are in `exercises/en.ts`. */
export declare const exerciseCard: ExerciseCardText;
