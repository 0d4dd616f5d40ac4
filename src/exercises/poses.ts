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
export const childsPose: Pose = [0, -8, 25, -45, 0, -20, -6, 0, -24, 182, 180];
/** Child's pose from above, both hands walked over to one side: the body curves in a C. */
export const childsPoseSide: Pose = [100, -14, -80, 10, 16, 10, 12, 14, 0, 180, 180, 30, 28, 24];
/** Bridge, down: on the back, knees bent, feet flat, arms by the sides. */
export const bridgeDown: Pose = [0, 180, 0, 185, 176, -8, 0, 0, 39, -51, -6];
/** Bridge, up: hips lifted until shoulders, hips and knees make one slope; feet flat. */
export const bridgeUp: Pose = [0, 202, 0, 166, 176, -2, 0, 0, 22, -58, -6];
/** Standing from the front, feet hip-width apart, knees soft, hands on the hips. */
export const handsOnHips: Pose = [100, 90, 0, 90, 90, -122, -30, -74, -92, -88, -120];
/** Standing tall, from the front, the arms out at shoulder height: the band pulled apart. */
export const bandPull: Pose = [100, 90, 0, 90, 90, 190, 190, 190, -92, -88, -120];
/** In a doorway: one hand on the frame behind at shoulder height, a small lunge forward. */
export const doorwayStretch: Pose = [
  0, 87, 0, 86, 88, 180, 178, 90, -72, -96, -4, -96, -92, -90, -108, -112, -8,
];
