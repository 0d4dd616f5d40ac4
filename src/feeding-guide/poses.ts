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
/** Side-lying, drawn from above the bed, where a body on its side shows the same outline as
 * one seen from the side: on the side facing the baby, head on the pillow, the lower arm
 * forward above the baby's head, the upper arm resting along the body, knees drawn up below
 * (the position safe-sleep guidance calls the cuddle curl). The near limbs are the upper ones.
 */
export const sideLying: Pose = [
  0, 180, 10, 180, 176, -2, -6, -8, 34, -30, -24, 92, 160, 180, 26, -36, -30,
];
