import type { Pose } from '../shared/figure/body.js';
/**
 * The parent in the explainer, from the front (see src/shared/figure/body.ts): standing tall,
 * carrying the baby upright against the chest, as in a carrier. The near forearm crosses
 * under the baby's bottom; the other hand rests on its back.
 */
export declare const carrying: Pose;
/** Where the carried baby is, from the middle of the parent's chest in body heights: its head
 * just under the parent's chin, its body running straight down the front (degrees, as baby()). */
export declare const carriedBaby: readonly [0, 0.07, -90];
