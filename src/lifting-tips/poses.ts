import type { Pose } from '../shared/figure/body.js';

/**
 * A good lift out of a crib (see src/shared/figure/body.ts for the angles): standing close
 * and facing it, knees and hips bent, back close to upright, the baby brought in to the chest.
 */
export const goodLift: Pose = [
  0, 76, 0, 70, 78, -76, 14, 30, -46, -104, -4, -70, 20, 40, -50, -112, -4,
];
