import type { Pose } from '../shared/figure/body.js';
/**
 * The parent in the explainer, from the side (see src/shared/figure/body.ts): standing tall,
 * carrying the baby upright against the chest, as in a carrier, both forearms under it.
 */
export declare const carrying: Pose;
