import type { Pose } from '../shared/figure/body.js';

/**
 * The positions the exercise drawings show, as the steps describe them. Angles are the
 * directions of the segments (see src/shared/figure/body.ts): 0 forward, 90 up, -90 down.
 * test/shared/figure/ checks each against what a physical therapist looks for.
 */

/** On hands and knees: arms and thighs vertical, shins and feet flat behind. */
const allFours = {
  arm: [-90, -90, 0],
  leg: [-90, 184, 181],
  on: 'wrist wrist2 knee knee2',
} as const;

/** Cat-cow, first position: the back rounded up, the head dropped. */
export const cat: Pose = { ...allFours, trunk: 14.8, bend: 54, neck: -84, head: -128 };

/** Cat-cow, second position: the back flat to gently dipped, the head lifted. */
export const cow: Pose = { ...allFours, trunk: 14.2, bend: -12, neck: 32, head: 62 };

/** Child's pose: sitting back on the heels, folded over the thighs, arms along the mat. */
export const childsPose: Pose = {
  trunk: -22,
  bend: 26,
  neck: -8,
  head: -10,
  arm: [-18, -6, -2],
  leg: [-38, 181, 180],
  on: 'knee knee2 fingers head',
};

/** Child's pose seen from above, both hands walked to one side: the body curves in a C. */
export const childsPoseSide: Pose = {
  front: true,
  trunk: -6,
  bend: -24,
  neck: 8,
  head: 12,
  arm: [20, 22, 24],
  arm2: [22, 24, 26],
  leg: [4, 184, 180],
  on: '',
};

/** Bridge, down: on the back, knees bent, feet flat, arms by the sides. */
export const bridgeDown: Pose = {
  trunk: 182,
  neck: 180,
  head: 180,
  arm: [-6, -3, 0],
  leg: [41, -50, 0],
  on: 'pelvis back2 shoulders heel toe',
};

/** Bridge, up: hips lifted until shoulders, hips and knees make one slope; feet flat. */
export const bridgeUp: Pose = {
  trunk: 200,
  neck: 172,
  head: 180,
  arm: [-5, -2, 0],
  leg: [20, -54, 0],
  on: 'shoulders heel toe',
};

/** Standing, feet hip-width apart, knees soft, hands on the hips. Seen from the front. */
export const handsOnHips: Pose = {
  front: true,
  trunk: 90,
  neck: 90,
  head: 90,
  arm: [-50, -150, [-100, 50]],
  leg: [-91, -89, [-13, 70]],
  on: 'heel toe heel2 toe2',
};

/** Standing tall, arms forward at shoulder height pulling a band apart. From the front. */
export const bandPull: Pose = {
  front: true,
  trunk: 90,
  neck: 90,
  head: 90,
  arm: [
    [-6, 64],
    [2, 60],
    [0, 80],
  ],
  leg: [-91, -90, [-13, 70]],
  on: 'heel toe heel2 toe2',
};

/** In a doorway: one hand on the frame behind at shoulder height, a small lunge forward. */
export const doorwayStretch: Pose = {
  trunk: 86,
  neck: 84,
  head: 88,
  arm: [178, 176, 96],
  arm2: [-96, -92, -90],
  leg: [-72, -96, 0],
  leg2: [-108, -112, -8],
  on: 'heel toe toe2',
};
