import type { Pose } from '../shared/figure/body.js';
/** Cat-cow, first position: the back rounded up, the head dropped. */
export declare const cat: Pose;
/** Cat-cow, second position: the back flat to gently dipped, the head lifted. */
export declare const cow: Pose;
/** Child's pose: sitting back on the heels, folded over the thighs, arms along the mat. */
export declare const childsPose: Pose;
/** Child's pose seen from above, both hands walked to one side: the body curves in a C. */
export declare const childsPoseSide: Pose;
/** Bridge, down: on the back, knees bent, feet flat, arms by the sides. */
export declare const bridgeDown: Pose;
/** Bridge, up: hips lifted until shoulders, hips and knees make one slope; feet flat. */
export declare const bridgeUp: Pose;
/** Standing, feet hip-width apart, knees soft, hands on the hips. Seen from the front. */
export declare const handsOnHips: Pose;
/** Standing tall, arms forward at shoulder height pulling a band apart. From the front. */
export declare const bandPull: Pose;
/** In a doorway: one hand on the frame behind at shoulder height, a small lunge forward. */
export declare const doorwayStretch: Pose;
