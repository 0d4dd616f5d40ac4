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
export const jointNames = [
  'pelvis back1 back2 chest shoulders chin bun head',
  'shoulder elbow wrist fingers hip knee ankle toe',
  'shoulder2 elbow2 wrist2 fingers2 hip2 knee2 ankle2 toe2',
]
  .join(' ')
  .split(' ');

/** Arm and leg segments: lengths, and half-thicknesses at their ends (upper arm, forearm,
 * hand; thigh, shank, foot). The hand and foot stop short of the fingertips and toes by
 * their round ends, so the drawn hand is 0.108 H long and the drawn foot, heel to toes,
 * 0.152 H. */
const lengths = [0.186, 0.146, 0.092, 0.245, 0.246, 0.12];
const radii = [0.028, 0.021, 0.016, 0.04, 0.028, 0.016];

/** Radians per degree: poses and drawings give directions in degrees. */
export const rad = Math.PI / 180;

/** Where every joint of `pose` is (see jointNames), the lowest part resting on y = 0. */
export function posed([view, trunk, bend, neck, head, ...limbs]: Pose): Joint[] {
  const v = view / 100;
  const shown: number[] = [];
  for (let i = 12; i < limbs.length; i += 2) shown[limbs[i]] = limbs[i + 1] / 100;
  // Half the trunk's depth from the side, half its width from the front.
  const torso = v > 0.5 ? 0.09 : 0.063;
  const j: number[][] = [[0, 0, torso, 0]];
  /** A new joint `length` from joint `i` in direction `a`, ending a part `r` thick. */
  const go = (i: number, a: number, length: number, r: number, round?: number) =>
    j.push([
      j[i][0] + length * Math.cos((a *= rad)),
      j[i][1] + length * Math.sin(a),
      r,
      round ? j.length : i,
    ]) - 1;
  // The spine: four equal pieces, turning evenly by `bend` in all. The trunk is drawn to
  // the chest, its round end reaching the shoulder line; the top piece is neck-thin.
  for (let i = 0; i < 4; i++) go(i, trunk + (bend * (3 - 2 * i)) / 8, 0.072, i < 3 ? torso : 0.021);
  go(4, neck, 0.052, 0.021);
  // Hair tied back: behind the crown from the side, on top from the front; then the head.
  go(5, head + 22 - 22 * v, 0.1, 0.028, 1);
  go(5, head, 0.065, 0.063, 1);
  // Left limbs not given copy the right ones; from the front, as in a mirror.
  for (let k = 0; k < 12; k++) {
    const a = limbs[k] ?? (v < 1 ? limbs[k - 6] : 2 * trunk - limbs[k - 6]);
    const n = k % 3;
    const leg = k % 6 > 2 ? 3 : 0;
    // Each limb starts across from the end of the spine, at the shoulder or hip joint, by
    // as much as the turn shows; turned partway, that line tips, as seen a little from above.
    // Seen from the front the shoulders are rounded, as thick as the chest's edge, not a bar.
    const root = () =>
      go(
        leg ? 0 : 4,
        trunk - 50 - 40 * v,
        (k < 6 ? -v : v) * (leg ? 0.056 : 0.105),
        leg ? radii[3] : 0.028 + 0.022 * v,
      );
    // From the front a foot points at the viewer, so it looks short.
    go(
      n ? j.length - 1 : root(),
      a,
      (n > 1 && leg && v == 1 ? 0.03 : lengths[leg + n]) * (shown[k] ?? 1),
      radii[leg + n],
    );
  }
  const lift = Math.min(...j.map(([, y, r]) => y - r));
  for (const p of j) p[1] -= lift;
  return j as unknown as Joint[];
}
