import type { Pose } from '../shared/figure/body.js';
/** Football hold: the near arm along the baby at the parent's side, the hand under its head. */
export declare const football: Pose;
/** Cradle hold: the near forearm across the front under the baby, its head in the crook of
 * the elbow; the far hand under the baby's bottom. */
export declare const cradle: Pose;
/** Side-lying, from the side of the bed: on the right side, the lower arm up by the head, the
 * upper arm resting along the body. */
export declare const sideLying: Pose;
