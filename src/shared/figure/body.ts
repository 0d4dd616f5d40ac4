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
export const spine = ['pelvis', 'back1', 'back2', 'back3', 'shoulders'];

/** Each limb's joints: name, length of the segment ending there, radius. The foot runs from
 * the ankle to the ball of the foot, which lies 0.09 H ahead and 0.022 H below it. */
const arm = [
  ['shoulder', 0, 0.033],
  ['elbow', 0.186, 0.026],
  ['wrist', 0.146, 0.019],
  ['fingers', 0.108, 0.013],
] as const;
const leg = [
  ['hip', 0, 0.052],
  ['knee', 0.245, 0.037],
  ['ankle', 0.246, 0.022],
  ['toe', Math.hypot(0.09, 0.022), 0.015],
] as const;

const rad = Math.PI / 180;
const pair = (a: Angle) => (typeof a === 'number' ? [a, 0] : a);

/** The point `length` from `p` in direction `angle`, with radius `r`. */
function step(p: Joint, angle: Angle, length: number, r: number): Joint {
  const [a, tilt] = pair(angle);
  const flat = length * Math.cos(tilt * rad);
  return {
    x: p.x + flat * Math.cos(a * rad),
    y: p.y + flat * Math.sin(a * rad),
    z: p.z + length * Math.sin(tilt * rad),
    r,
  };
}

/** Where every joint is in `pose`, resting on the ground at y = 0, the pelvis at x = 0. */
export function posed(pose: Pose): Joints {
  const { trunk, bend = 0, front } = pose;
  // Half the body's depth (from the side) or width (from the front) along the spine.
  const radii = front ? [0.096, 0.083, 0.076, 0.087, 0.1] : [0.07, 0.06, 0.055, 0.064, 0.055];
  const j: Record<string, Joint> = {};
  // The spine is an arc of four equal pieces whose chord points along `trunk`.
  let p: Joint = (j.pelvis = { x: 0, y: 0, z: 0, r: radii[0] });
  for (let i = 1; i < 5; i++) {
    p = j[spine[i]] = step(p, trunk + bend / 2 - (bend * (i - 0.5)) / 4, 0.072, radii[i]);
  }
  const chin = (j.chin = step(p, pose.neck, 0.052, 0.026));
  j.head = step(chin, pose.head, 0.066, 0.062);

  const limb = (joints: typeof arm | typeof leg, angles: Limb, side: number, suffix: string) => {
    // From the side the limbs lie one behind the other; from the front they sit apart,
    // across the end of the spine (shoulder joints 0.21 H apart, hip joints 0.112 H).
    const [root, next, half] =
      joints === arm ? [j.shoulders, j.back3, 0.105] : [j.pelvis, j.back1, 0.056];
    const dx = root.x - next.x;
    const dy = root.y - next.y;
    const k = ((front ? half * side : 0) / Math.hypot(dx, dy)) * (joints === arm ? 1 : -1);
    let q: Joint = {
      x: root.x + dy * k,
      y: root.y - dx * k,
      z: front ? 0 : side * 0.08,
      r: joints[0][2],
    };
    j[joints[0][0] + suffix] = q;
    // Seen from the front, the left foot is the mirror image of the right one.
    const turn = front && side < 0 ? -1 : 1;
    angles.forEach((angle, i) => {
      const [a, tilt] = pair(angle);
      const [name, length, r] = joints[i + 1];
      // The foot's angle is that of its sole; its ball lies a little below the ankle.
      q = j[name + suffix] = step(q, [name === 'toe' ? a - 13.7 * turn : a, tilt], length, r);
    });
    if (joints === leg) {
      // The heel: behind and below the ankle, on the sole's line.
      const foot = pair(angles[2]);
      j['heel' + suffix] = step(j['ankle' + suffix], [foot[0] + 180 + 28 * turn, 0], 0.034, 0.021);
    }
  };
  const second = (given: Limb | undefined, first: Limb) =>
    given ??
    (front ? (first.map((a) => [2 * trunk - pair(a)[0], pair(a)[1]]) as unknown as Limb) : first);
  limb(arm, pose.arm, 1, '');
  limb(arm, second(pose.arm2, pose.arm), -1, '2');
  limb(leg, pose.leg, 1, '');
  limb(leg, second(pose.leg2, pose.leg), -1, '2');

  // Lift or lower the figure so the lowest of the parts named in `on` touches y = 0.
  const on = pose.on.split(' ').filter((name) => j[name]);
  const lift = on.length ? -Math.min(...on.map((name) => j[name].y - j[name].r)) : 0;
  for (const name in j) j[name] = { ...j[name], y: j[name].y + lift };
  return j;
}
