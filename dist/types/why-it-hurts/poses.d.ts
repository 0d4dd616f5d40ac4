import type { Pose } from '../shared/figure/body.js';
/**
 * The parent in the explainer, from the front (see src/shared/figure/body.ts): standing,
 * carrying the baby centred against the chest, both forearms under it.
 */
export declare const carrying: Pose;
