import { svg, type SVGTemplateResult } from 'lit';
import { posed, spine, type Joints, type Pose } from './body.js';

/**
 * Draws posed bodies as filled shapes: a rounded limb for each segment, a trunk that bends
 * with the spine, a head with its hair tied back. Only plain paths and circles; the classes
 * on the groups (`figure`, `far`, see drawing.styles.ts) colour them, so the drawings follow
 * the theme, forced colours and print without a colour in the markup.
 */

/** Where a figure goes in the drawing: the screen point under its pelvis on its ground,
 * pixels per H, and whether it faces left. */
export interface Place {
  readonly x: number;
  readonly y: number;
  readonly s: number;
  readonly flip?: boolean;
}

export type Point = readonly [number, number];

/** A point as SVG path text, to a tenth of a pixel. */
export const xy = (p: Point) => `${p[0].toFixed(1)} ${p[1].toFixed(1)}`;
const plus = (p: Point, u: Point, k: number): Point => [p[0] + u[0] * k, p[1] + u[1] * k];
const unit = (a: Point, b: Point): Point => {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  return [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
};

/** The screen point of a model point. */
export const onScreen = (at: Place, p: { x: number; y: number }): Point => [
  at.x + (at.flip ? -at.s : at.s) * p.x,
  at.y - at.s * p.y,
];

/** A rounded limb: a circle of radius `ra` at `a` and `rb` at `b`, joined by tangents. */
export function capsule(a: Point, ra: number, b: Point, rb: number): string {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (length <= Math.abs(ra - rb) + 0.1) {
    // Seen end-on: a circle.
    const r = Math.max(ra, rb);
    const d = `${r.toFixed(1)} ${r.toFixed(1)} 0 1 0`;
    return `M${xy(plus(ra > rb ? a : b, [1, 0], -r))}a${d} ${(2 * r).toFixed(1)} 0a${d} ${(-2 * r).toFixed(1)} 0`;
  }
  const u = unit(a, b);
  const sin = (ra - rb) / length;
  const cos = Math.sqrt(1 - sin * sin);
  const side = (k: number): Point => [-u[1] * cos * k + u[0] * sin, u[0] * cos * k + u[1] * sin];
  const arc = (r: number, large: number, p: Point) =>
    `A${r.toFixed(1)} ${r.toFixed(1)} 0 ${large} 0 ${xy(p)}`;
  return `M${xy(plus(a, side(1), ra))}L${xy(plus(b, side(1), rb))}${arc(rb, 0, plus(b, side(-1), rb))}L${xy(plus(a, side(-1), ra))}${arc(ra, 1, plus(a, side(1), ra))}`;
}

/** A smooth line through `points`, curving through the middle ones. */
export const smooth = (points: readonly Point[]) =>
  points
    .slice(1, -1)
    .map(
      (p, i) => `Q${xy(p)} ${xy([(p[0] + points[i + 2][0]) / 2, (p[1] + points[i + 2][1]) / 2])}`,
    )
    .join('') + `L${xy(points[points.length - 1])}`;

/** The trunk: an outline along the spine, rounded over the shoulders and the seat. */
function trunk(j: Joints, at: Place, front?: boolean): string {
  const points = spine.map((name) => onScreen(at, j[name]));
  const sides = [1, -1].map((k) =>
    points.map((p, i) => {
      const u = unit(points[Math.max(i - 1, 0)], points[Math.min(i + 1, 4)]);
      return plus(p, [-u[1], u[0]], k * j[spine[i]].r * at.s);
    }),
  );
  const [left, right] = sides;
  // The caps as curves bulging past the ends: shoulders flatter than the seat.
  const cap = (from: Point, to: Point, depth: number) =>
    unit(from, to).map((v) => (v * depth * at.s) / 0.75) as unknown as Point;
  const top = cap(points[3], points[4], front ? 0.03 : 0.04);
  const seat = cap(points[1], points[0], front ? 0.04 : 0.05);
  return `M${xy(left[0])}${smooth(left)}C${xy(plus(left[4], top, 1))} ${xy(plus(right[4], top, 1))} ${xy(right[4])}${smooth(right.reverse())}C${xy(plus(right[4], seat, 1))} ${xy(plus(left[0], seat, 1))} ${xy(left[0])}`;
}

const path = (d: string) => svg`<path d=${d}></path>`;

/** The limbs named by `pairs` of joints, each segment a rounded shape. */
const limbs = (j: Joints, at: Place, pairs: string) =>
  pairs.split(' ').map((pair) => {
    const [a, b] = pair.split('-').map((name) => j[name]);
    return path(capsule(onScreen(at, a), a.r * at.s, onScreen(at, b), b.r * at.s));
  });

/**
 * A figure in `pose` at `at`. `held` (a baby, a pillow) is drawn between the body and the
 * near arm, so the arm holds it. From the side the far limbs are drawn behind, paler.
 */
export function figure(pose: Pose, at: Place, held: unknown = ''): SVGTemplateResult {
  const j = posed(pose);
  const { head, chin } = j;
  const up = unit([chin.x, chin.y], [head.x, head.y]);
  // Hair tied back: behind the head from the side, on top from the front.
  const [back, above] = pose.front ? [0, 0.062] : [0.048, 0.03];
  const bun = onScreen(at, {
    x: head.x - up[1] * back + up[0] * above,
    y: head.y + up[0] * back + up[1] * above,
  });
  const neck = path(
    capsule(onScreen(at, j.shoulders), 0.03 * at.s, onScreen(at, chin), 0.026 * at.s),
  );
  const circle = ([cx, cy]: Point, r: number) =>
    svg`<circle cx=${cx.toFixed(1)} cy=${cy.toFixed(1)} r=${(r * at.s).toFixed(1)}></circle>`;
  const body = svg`${neck}${path(trunk(j, at, pose.front))}${circle(bun, 0.028)}${circle(onScreen(at, head), 0.062)}`;
  const arms = 'shoulder-elbow elbow-wrist wrist-fingers';
  const legs = 'hip-knee knee-ankle heel-toe';
  const far = (pairs: string) => pairs.replace(/[a-z]+/g, '$&2');
  return pose.front
    ? svg`<g class="figure">${limbs(j, at, `${legs} ${far(legs)}`)}${body}${held}${limbs(j, at, `${arms} ${far(arms)}`)}</g>`
    : svg`<g class="figure"><g class="far">${limbs(j, at, far(`${arms} ${legs}`))}</g>${body}${limbs(j, at, legs)}${held}${limbs(j, at, arms)}</g>`;
}
