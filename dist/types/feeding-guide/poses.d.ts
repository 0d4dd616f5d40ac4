import type { Pose } from '../shared/figure/body.js';
/** Football hold: the near arm along the baby at the parent's side, the hand under its head. */
export declare const football: Pose;
/** Cradle hold: the near forearm across the front under the baby, its head in the crook of
 * the elbow; the far hand under the baby's bottom. */
export declare const cradle: Pose;
/** Side-lying, drawn from above the bed, where a body on its side shows the same outline as
 * one seen from the side: on the side facing the baby, head on the pillow, the lower arm
 * forward above the baby's head, the upper arm resting along the body, knees drawn up below
 * (the position safe-sleep guidance calls the cuddle curl). The near limbs are the upper ones.
 */
export declare const sideLying: Pose;
