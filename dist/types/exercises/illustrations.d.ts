import { type Markup } from '../shared/figure/draw.js';
import type { ExerciseId } from './content.js';
export declare const onMat: string[];
/** Each exercise's drawing, from the one posable figure. */
export declare const exerciseIllustrations: Record<ExerciseId, () => Markup>;
