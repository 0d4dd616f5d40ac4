import type { Pose } from '../shared/figure/body.js';

/**
 * The parent in the explainer, from the front (see src/shared/figure/body.ts): standing,
 * carrying the baby centred against the chest, both forearms under it.
 */
export const carrying: Pose = [100, 90, 0, 90, 90, -96, -12, 10, -91, -89, -120];
