import type { Pose } from '../shared/figure/body.js';

/**
 * The parent in the explainer, from the side (see src/shared/figure/body.ts): standing tall,
 * carrying the baby upright against the chest, as in a carrier, both forearms under it.
 */
export const carrying: Pose = [0, 90, 0, 92, 90, -80, 40, 60, -90, -90, 0, -74, 46, 64];
