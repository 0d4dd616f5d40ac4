import type { Pose } from '../shared/figure/body.js';
/** Football hold: the near arm along the baby at the parent's side, the hand under its head. */
export declare const football: Pose;
/**
 * Cradle hold, from the front, so the baby lying across the parent's front shows its whole
 * length: sitting tall, the feet on a footstool; the thighs point at the viewer, so they look
 * short. The near arm's elbow is out at the side at breast height, its forearm along under
 * the baby; the other forearm reaches forward (short, too), its hand under the baby's bottom.
 */
export declare const cradle: Pose;
/** Where the cradled baby lies, from the near elbow in body heights: its head just above and
 * inside the elbow, in the crook, its body running across the front (degrees, as baby()). */
export declare const cradleBaby: readonly [0.04, 0.065, 0];
/** Side-lying, drawn from above the bed, where a body on its side shows the same outline as
 * one seen from the side: on the side facing the baby, head on the pillow, the lower arm
 * forward above the baby's head, the upper arm resting along the body, knees drawn up below
 * (the position safe-sleep guidance calls the cuddle curl). The near limbs are the upper ones.
 */
export declare const sideLying: Pose;
