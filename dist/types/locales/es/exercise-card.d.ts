import type { ExerciseCardText } from '../types.js';
export declare const exerciseCard: ExerciseCardText;
