/**
 * One adult body for every drawing, posed by the directions of its segments; posed() returns
 * where every joint is, so the drawings render it and the tests measure it.
 *
 * Units are the standing height H (1 = H), +y up; the lowest point of a posed body rests on
 * y = 0. Lengths are from Drillis and Contini (1966), as reproduced in D. A. Winter,
 * "Biomechanics and Motor Control of Human Movement": shoulder joint 0.818 H, chin 0.870 H,
 * hip joint 0.530 H above the floor, so trunk 0.288 H and neck 0.052 H; upper arm 0.186 H,
 * forearm 0.146 H, hand 0.108 H, thigh 0.245 H, shank 0.246 H, foot 0.152 H. The table's
 * widths (shoulders 0.259 H, hips 0.191 H) place the limbs seen from the front; the
 * thicknesses, which it does not give, are an average adult's.
 */
/**
 * A posture as whole degrees: [view, trunk, bend, neck, head, ...arm, ...leg, ...arm2, ...leg2,
 * ...shortened].
 * A direction is counterclockwise from the way the figure faces: 0 forward, 90 up, -90 down.
 * - view: how far the figure turns toward the viewer, 0 (from the side) to 100 (from the
 *   front, or from above); in between the shoulders and hips show partly (three-quarters).
 * - trunk: the direction from hips to shoulders; bend: how far the spine turns on the way,
 *   positive rounds the back (cat), negative dips it (cow); from the front, a side bend.
 * - neck, head: directions of shoulders to chin and of chin to crown.
 * - arm: upper arm, forearm, hand; leg: thigh, shank, foot (foot 0 is flat, toes forward).
 *   These are the right limbs, nearer the viewer from the side; the left ones, arm2 and leg2,
 *   copy them unless given (from the front, mirrored).
 * - shortened (only after all twelve limb directions): pairs of a limb segment's number, 0 to
 *   11 in the order above, and how much of its length shows, in percent. A segment pointing
 *   toward the viewer looks short, such as the thighs of someone seated, seen from the front.
 */
export type Pose = readonly number[];
/** A joint: x, y, the half-thickness of the part that ends there, and the joint that part
 * starts from (itself for a round part, such as the head). */
export type Joint = readonly [x: number, y: number, r: number, from: number];
/** posed()'s joints in order; each limb is root, middle, end and tip. */
export declare const jointNames: string[];
/** Radians per degree: poses and drawings give directions in degrees. */
export declare const rad: number;
/** Where every joint of `pose` is (see jointNames), the lowest part resting on y = 0. */
export declare function posed([view, trunk, bend, neck, head, ...limbs]: Pose): Joint[];
