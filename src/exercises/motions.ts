import type { Pose } from '../shared/figure/body.js';
import { figure, type Markup } from '../shared/figure/draw.js';
import type { ExerciseId } from './content.js';
import { onMat } from './illustrations.js';
import * as poses from './poses.js';

/** The pose a fraction `t` of the way from `a` to `b`, angle by angle: how the body moves
 * from one position to the other. */
export const between = (a: Pose, b: Pose, t: number): Pose =>
  a.map((angle, i) => angle + ((b[i] ?? angle) - angle) * t);

/**
 * The exercises whose two positions are one movement, drawn as a single figure a fraction
 * `t` of the way (0 the first position, 1 the second), on the same 320 x 200 mat as their
 * still drawings. The routine animates them while an exercise is under way.
 */
export const exerciseMotions: Partial<Record<ExerciseId, (t: number) => Markup>> = {
  'cat-cow': (t) => [onMat, figure(between(poses.cat, poses.cow, t), [124, 182, 240])],
  bridge: (t) => [onMat, figure(between(poses.bridgeDown, poses.bridgeUp, t), [150, 182, 270])],
};
