import type { Pose } from '../shared/figure/body.js';
import { type Markup } from '../shared/figure/draw.js';
import type { ExerciseId } from './content.js';
/** The pose a fraction `t` of the way from `a` to `b`, angle by angle: how the body moves
 * from one position to the other. */
export declare const between: (a: Pose, b: Pose, t: number) => Pose;
/**
 * The exercises whose two positions are one movement, drawn as a single figure a fraction
 * `t` of the way (0 the first position, 1 the second), on the same 320 x 200 mat as their
 * still drawings. The routine animates them while an exercise is under way.
 */
export declare const exerciseMotions: Partial<Record<ExerciseId, (t: number) => Markup>>;
