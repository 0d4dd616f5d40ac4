import { svg } from 'lit';
import { posed, type Pose } from './body.js';

/**
 * Draws posed bodies: every part is one round-ended stroke from joint to joint, in model
 * units under a transform, so its class (see drawing.styles.ts) sets both its thickness and
 * its colour, and the drawings follow the theme, forced colours and print.
 */

export type Point = readonly [number, number];

/** Where a figure goes: the screen point its lowest part rests on, and pixels per H. */
export type At = readonly [x: number, y: number, s: number];

/** A point as SVG path text, fine enough for model units; divided by `k` if given. */
export const xy = (p: readonly number[], k = 1) =>
  (p[0] / k).toFixed(2) + ' ' + (p[1] / k).toFixed(2);

/** Where joint `i` (see body.ts's jointNames) of `pose` drawn `at` is on the screen. */
export const spot = (pose: Pose, i: number, [x, y, s]: At): Point => {
  const [px, py] = posed(pose)[i];
  return [x + s * px, y - s * py];
};

export const part = (c: string, d: string) => svg`<path class=${c} d=${d}></path>`;

/** A part of a body from `a` to `b` (one point: a dot), `r` thick on each side: a stroke
 * 1 wide, scaled. */
export const limb = (a: readonly number[], b: readonly number[], r: number) =>
  svg`<path transform=${`scale(${2 * r})`} d=${`M${xy(a, 2 * r)}L${xy(b, 2 * r)}`}></path>`;

/** Parts edged in the background colour first: a part drawn over an earlier layer shows a
 * thin gap around it, while the parts within a layer join smoothly. */
export const layer = (parts: unknown[]) => svg`<g class="e">${parts}</g>${parts}`;

/**
 * A figure in `pose` drawn `at`. `held` (a baby, a pillow) goes between the body and the
 * near arm, so the arm holds it. From the side the far limbs are drawn behind, paler; from
 * the front the legs go behind the body and the arms in front.
 */
export function figure(pose: Pose, [x, y, s]: At, held: unknown = '') {
  const j = posed(pose);
  // Limbs by number, four joints each: 0 right arm, 1 right leg, 2 left arm, 3 left leg;
  // -2 and -1 are the spine, and the neck and head.
  const draw = (limbs: number[]) =>
    layer(
      limbs.flatMap((k) =>
        [0, 1, 2, 3].map((n) => {
          const p = j[8 + 4 * k + n];
          return limb(j[p[3]], p, p[2]);
        }),
      ),
    );
  const [back, near, arms] = pose[0] < 100 ? [[2, 3], [1], [0]] : [[1, 3], [], [0, 2]];
  const model = `translate(${x} ${y}) scale(${s} ${-s})`;
  return svg`<g class="figure"><g transform=${model}><g class=${near[0] ? 'far' : ''}>${draw(back)}</g>${draw([-2, -1])}${draw(near)}</g>${held}<g transform=${model}>${draw(arms)}</g></g>`;
}

/**
 * A swaddled newborn for a parent drawn at `s` pixels per H: a baby of about 50 cm is about
 * 0.3 H long, its head about a quarter of that. The head is at (x, y), the body runs along
 * `angle` (degrees, counterclockwise from +x).
 */
export const baby = (x: number, y: number, angle: number, s: number) =>
  svg`<g class="baby" transform=${`translate(${x} ${y}) rotate(${-angle}) scale(${s})`}>${layer([limb([0.07, 0], [0.23, 0], 0.04)])}${layer([limb([0, 0], [0, 0], 0.04)])}</g>`;
