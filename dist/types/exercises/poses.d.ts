import type { Pose } from '../shared/figure/body.js';
/** Cat-cow, first position: the back rounded up, highest in the middle; the head dropped. */
export declare const cat: Pose;
/** Cat-cow, second position: the back flat to gently dipped, the head lifted. */
export declare const cow: Pose;
/** Child's pose: sitting back on the heels, folded over the thighs, forehead to the mat, arms
 * stretched forward on it. */
export declare const childsPose: Pose;
/** Child's pose from above, both hands walked over to one side: the body curves in a C. */
export declare const childsPoseSide: Pose;
/** Bridge, down: on the back, knees bent, feet flat, arms by the sides. */
export declare const bridgeDown: Pose;
/** Bridge, up: hips lifted until shoulders, hips and knees make one slope; feet flat. */
export declare const bridgeUp: Pose;
/** Standing from the front, feet hip-width apart, knees soft, hands on the hips. */
export declare const handsOnHips: Pose;
/** Standing tall, from the front, the arms out at shoulder height: the band pulled apart. */
export declare const bandPull: Pose;
/** In a doorway: one hand on the frame behind at shoulder height, a small lunge forward. */
export declare const doorwayStretch: Pose;
