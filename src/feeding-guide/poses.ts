import type { Pose } from '../shared/figure/body.js';

/**
 * The parent in each hold (see src/shared/figure/body.ts for the angles): sitting upright
 * with the back against the chair and the feet on a footstool, or lying on one side.
 */

/** Seated from the side, the back against the chair: thighs level, feet flat on the stool. */
const seated = [96, 0, 92, 88];
const seatedLegs = [2, -92, -6];

/** Football hold: the near arm along the baby at the parent's side, the hand under its head. */
export const football: Pose = [0, ...seated, -116, 8, 30, ...seatedLegs, -100, 24, 50];
/** Cradle hold: the near forearm across the front under the baby, its head in the crook of
 * the elbow; the far hand under the baby's bottom. */
export const cradle: Pose = [0, ...seated, -100, -4, 6, ...seatedLegs, -84, -10, 0];
/** Side-lying, from the side of the bed: on the right side, the lower arm up by the head, the
 * upper arm resting along the body. */
export const sideLying: Pose = [
  100, 180, 0, 184, 188, 176, 150, 160, 0, 4, -30, -14, -20, -50, 0, -4, -30,
];
