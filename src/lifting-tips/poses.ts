import type { Pose } from '../shared/figure/body.js';

/**
 * A good lift out of a crib (see src/shared/figure/body.ts for the angles): standing close
 * and facing it, knees and hips bent, back close to upright, the baby brought in to the chest.
 */
export const goodLift: Pose = [
  0, 76, 0, 70, 78, -76, 30, 50, -50, -125, -4, -70, 34, 54, -54, -128, -4,
];
