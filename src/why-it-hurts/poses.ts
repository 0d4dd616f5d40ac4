import type { Pose } from '../shared/figure/body.js';

/**
 * The parent in the explainer, from the front (see src/shared/figure/body.ts): standing tall,
 * carrying the baby upright against the chest, as in a carrier. The near forearm crosses
 * under the baby's bottom; the other hand rests on its back.
 */
export const carrying: Pose = [
  100, 90, 0, 90, 90, -104, 40, 72, -92, -88, -120, -76, 140, 108, -88, -92, -60, 1, 50, 7, 50,
];
/** Where the carried baby is, from the middle of the parent's chest in body heights: its head
 * just under the parent's chin, its body running straight down the front (degrees, as baby()). */
export const carriedBaby = [0, 0.07, -90] as const;
