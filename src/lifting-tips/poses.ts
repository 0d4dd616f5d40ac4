import type { Pose } from '../shared/figure/body.js';

/**
 * A good lift out of a crib (see src/shared/figure/body.ts for the angles): standing close
 * and facing it, knees and hips bent, back close to upright, the baby brought in to the chest.
 */
export const goodLift: Pose = {
  trunk: 76,
  neck: 70,
  head: 78,
  arm: [-76, 14, 30],
  arm2: [-70, 20, 40],
  leg: [-46, -104, 0],
  leg2: [-50, -112.5, 0],
  on: 'heel toe heel2 toe2',
};
