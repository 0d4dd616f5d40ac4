import { type SVGTemplateResult } from 'lit';
import type { ExerciseId } from './content.js';
/** Inner SVG content for each exercise, drawn in a 320 x 200 viewBox. */
export declare const exerciseIllustrations: Record<ExerciseId, SVGTemplateResult>;
