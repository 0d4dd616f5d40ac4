import type { Pose } from '../shared/figure/body.js';
/**
 * A good lift out of a crib (see src/shared/figure/body.ts for the angles): standing close
 * and facing it, knees and hips bent, back close to upright, the baby brought in to the chest.
 */
export declare const goodLift: Pose;
