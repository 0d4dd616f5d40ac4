import type { ExerciseCardText } from '../../exercise-card/texts.js';
export declare const exerciseCard: ExerciseCardText;
