import type { Pose } from '../shared/figure/body.js';

/**
 * The parent in the explainer, from the front (see src/shared/figure/body.ts): standing,
 * carrying the baby centred against the chest, both arms under it.
 */
export const carrying: Pose = {
  front: true,
  trunk: 90,
  neck: 90,
  head: 90,
  arm: [-96, 168, 150],
  arm2: [-88, 30, 60],
  leg: [-92, -90, [-13, 70]],
  on: 'heel toe heel2 toe2',
};
