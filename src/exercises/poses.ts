import type { Pose } from '../shared/figure/body.js';

/**
 * The positions the exercise drawings show, as the steps describe them: [view, trunk, bend,
 * neck, head, arm (3), leg (3), arm2 (3), leg2 (3)] in degrees, 0 forward, 90 up, -90 down
 * (see src/shared/figure/body.ts). test/shared/figure/ checks each against what a physical
 * therapist looks for.
 */

/** On hands and knees: arms and thighs vertical, shins along the mat, feet relaxed. */
const allFours = [-90, -90, 0, -90, 182, 186];

/** Cat-cow, first position: the back rounded up, highest in the middle; the head dropped. */
export const cat: Pose = [0, 14, 60, -62, -112, ...allFours];
/** Cat-cow, second position: the back flat to gently dipped, the head lifted. */
export const cow: Pose = [0, 13, -10, 24, 66, ...allFours];
/** Child's pose: sitting back on the heels, folded over the thighs, forehead to the mat, arms
 * stretched forward on it. */
export const childsPose: Pose = [0, -2, 30, -40, -10, -18, -8, 0, -17, 183, 180];
/** Child's pose from above, both hands walked over to one side: the body curves in a C. */
export const childsPoseSide: Pose = [100, 0, -30, 14, 18, 34, 38, 40, 0, 180, 180, 28, 32, 36];
/** Bridge, down: on the back, knees bent, feet flat, arms by the sides. */
export const bridgeDown: Pose = [0, 180, 0, 185, 172, -8, 0, 0, 39, -51, -6];
/** Bridge, up: hips lifted until shoulders, hips and knees make one slope; feet flat. */
export const bridgeUp: Pose = [0, 198, 0, 176, 180, -6, 0, 0, 18, -62, 0];
/** Standing from the front, feet hip-width apart, knees soft, hands on the hips. */
export const handsOnHips: Pose = [100, 90, 0, 90, 90, -122, -30, -74, -92, -88, -120];
/** Standing tall, turned partway to the viewer, arms straight forward at shoulder height. */
export const bandPull: Pose = [50, 90, 0, 90, 90, 0, 0, 0, -92, -88, -6];
/** In a doorway: one hand on the frame behind at shoulder height, a small lunge forward. */
export const doorwayStretch: Pose = [
  0, 87, 0, 86, 88, 180, 178, 90, -72, -96, -4, -96, -92, -90, -108, -112, -8,
];
