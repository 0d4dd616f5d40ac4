import type { Pose } from '../shared/figure/body.js';
/** Football hold: the near arm along the baby at the parent's side, hand under its head. */
export declare const football: Pose;
/** Cradle hold, from the front: both forearms across the lap under the baby. */
export declare const cradle: Pose;
/** Side-lying, from the front: on one side on the bed, the lower arm under the pillow. */
export declare const sideLying: Pose;
