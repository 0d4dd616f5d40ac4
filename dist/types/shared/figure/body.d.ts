/**
 * One adult body for every drawing: segment lengths from an anthropometric table, posed by
 * the directions of its segments, with forward kinematics that return where every joint is.
 * Pure functions of plain data: the drawings render their result, the tests measure it.
 *
 * Units are the standing height H (1 = H). The model faces +x with +y up; the ground a pose
 * rests on is y = 0. Lengths are from the table of Drillis and Contini (1966), as reproduced
 * in D. A. Winter, "Biomechanics and Motor Control of Human Movement" (segment lengths as
 * fractions of height): shoulder joint 0.818 H, chin 0.870 H, hip joint 0.530 H above the
 * floor, so trunk 0.288 H and neck 0.052 H; upper arm 0.186 H, forearm 0.146 H, hand 0.108 H,
 * thigh 0.245 H, shank 0.246 H, foot 0.152 H. The table gives widths (shoulders 0.259 H,
 * chest 0.174 H, hips 0.191 H) but not depths or girths; those (each joint's `r`) are drawn
 * to look like an average adult.
 */
/**
 * A segment's direction in degrees, counterclockwise from the way the figure faces: 0 is
 * forward, 90 up, -90 down, 180 back. A pair `[direction, tilt]` also turns it `tilt`
 * degrees toward the viewer, so it looks shorter (an arm reaching out of the page).
 */
export type Angle = number | readonly [number, number];
/** A limb's three segments from the body out: upper arm, forearm, hand; or thigh, shank,
 * foot (a foot at 0 is flat on the ground, toes forward). */
export type Limb = readonly [Angle, Angle, Angle];
/**
 * A posture, as data. From the side the near limbs are `arm` and `leg`, the far ones `arm2`
 * and `leg2` (by default the same). `front` draws it from the front (or from above): the
 * limbs sit side by side, and the second ones mirror the first about the trunk unless given.
 */
export interface Pose {
    readonly front?: boolean;
    /** Direction from the hip line to the shoulder line; 90 stands upright. */
    readonly trunk: number;
    /** How far the spine curves, in degrees of turn from pelvis to shoulders: positive rounds
     * the back (as in the cat), negative dips it (the cow); from the front, a side bend. */
    readonly bend?: number;
    /** Directions of the neck (shoulder line to chin) and of the head (chin to crown). */
    readonly neck: number;
    readonly head: number;
    readonly arm: Limb;
    readonly arm2?: Limb;
    readonly leg: Limb;
    readonly leg2?: Limb;
    /** The parts resting on the ground, such as 'wrist wrist2 knee knee2'. */
    readonly on: string;
}
/** A joint: position (z toward the viewer) and the radius of the body around it. */
export interface Joint {
    readonly x: number;
    readonly y: number;
    readonly z: number;
    readonly r: number;
}
export type Joints = Readonly<Record<string, Joint>>;
/** The points along the spine, from the pelvis to the shoulder line. */
export declare const spine: string[];
/** Where every joint is in `pose`, resting on the ground at y = 0, the pelvis at x = 0. */
export declare function posed(pose: Pose): Joints;
