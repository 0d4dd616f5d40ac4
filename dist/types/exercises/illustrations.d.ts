import { type SVGTemplateResult } from 'lit';
import type { ExerciseId } from './content.js';
/** Each exercise's drawing, in a 320 x 200 viewBox, from the one posable figure. */
export declare const exerciseIllustrations: Record<ExerciseId, () => SVGTemplateResult>;
