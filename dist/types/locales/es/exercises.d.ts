import type { ExercisesText } from '../../exercises/texts.js';
export declare const exercises: ExercisesText;
