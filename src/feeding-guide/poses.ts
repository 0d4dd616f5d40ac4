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
/**
 * Cradle hold, from the front, so the baby lying across the parent's front shows its whole
 * length: sitting tall, the feet on a footstool; the thighs point at the viewer, so they look
 * short. The near arm's elbow is out at the side at breast height, its forearm along under
 * the baby; the other forearm reaches forward (short, too), its hand under the baby's bottom.
 */
export const cradle: Pose = [
  100, 90, 0, 90, 90, -112, -2, 6, -120, -90, -150, -86, -30, 140, -60, -90, -30, 3, 35, 7, 40, 9,
  35,
];
/** Where the cradled baby lies, from the near elbow in body heights: its head just above and
 * inside the elbow, in the crook, its body running across the front (degrees, as baby()). */
export const cradleBaby = [0.04, 0.065, 0] as const;

/** Side-lying, drawn from above the bed, where a body on its side shows the same outline as
 * one seen from the side: on the side facing the baby, head on the pillow, the lower arm
 * forward above the baby's head, the upper arm resting along the body, knees drawn up below
 * (the position safe-sleep guidance calls the cuddle curl). The near limbs are the upper ones.
 */
export const sideLying: Pose = [
  0, 180, 10, 180, 176, -2, -6, -8, 34, -30, -24, 92, 160, 180, 26, -36, -30,
];
