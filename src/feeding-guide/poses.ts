import type { Pose } from '../shared/figure/body.js';

/**
 * The parent in each hold (see src/shared/figure/body.ts for the angles): sitting upright
 * with the back against the chair and the feet on a footstool, or lying on one side.
 */

/** Seated, seen from the side: thighs level, shins down to the footstool, feet flat. */
const seated = { trunk: 96, neck: 92, head: 88, leg: [4, -92, 0], on: 'heel toe' } as const;

/** Football hold: the near arm along the baby at the parent's side, hand under its head. */
export const football: Pose = {
  ...seated,
  arm: [-116, 8, 30],
  arm2: [-100, 24, 50],
};

/** Cradle hold, from the front: both forearms across the lap under the baby. */
export const cradle: Pose = {
  front: true,
  trunk: 90,
  neck: 90,
  head: 84,
  arm: [-84, 176, 160],
  arm2: [-98, 6, 20],
  leg: [[-80, 78], -90, [-13, 70]],
  on: 'heel toe heel2 toe2',
};

/** Side-lying, from the front: on one side on the bed, the lower arm under the pillow. */
export const sideLying: Pose = {
  front: true,
  trunk: 174,
  neck: 184,
  head: 190,
  arm: [-62, -4, 0],
  arm2: [176, 172, 170],
  leg: [-2, 4, [0, 60]],
  leg2: [2, -2, [0, 60]],
  on: 'shoulder2 hip2',
};
