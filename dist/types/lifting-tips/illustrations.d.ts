/** A good lift, in a 320 x 200 viewBox: close to the crib and facing it, knees and hips bent,
 * back close to upright, the baby held in close to the chest. */
export declare function goodLift(): (string | string[])[];
