import { posed, rad, type Pose } from './body.js';

/**
 * Draws posed bodies: every part is a capsule, a round-ended outline `r` thick on each side of
 * the line from joint to joint, placed on the screen here rather than by an SVG transform (a
 * transform on every path costs the browser's layout more than the outlines themselves). All
 * the parts of one layer (the far limbs, the spine and head, the near limbs) join into one
 * filled path, so a figure is a handful of elements however many parts it has; classes (see
 * drawing.styles.ts) colour it, so the drawings follow the theme, forced colours and print.
 *
 * The kit writes SVG markup as text: a still drawing becomes one static template (see
 * drawing.ts). It holds only numbers worked out here and fixed class names, never text from
 * a page or a reader.
 */

/** SVG markup: a piece, or pieces in drawing order. */
export type Markup = string | readonly Markup[];

/** Markup as one string. */
export const svgText = (m: Markup): string => (typeof m === 'string' ? m : m.map(svgText).join(''));

export type Point = readonly [number, number];

/** Where a figure goes: the screen point its lowest part rests on, and pixels per H. */
export type At = readonly [x: number, y: number, s: number];

/** A point in pixels as SVG path text, to a tenth of a pixel. */
export const xy = (p: readonly number[]) => p[0].toFixed(1) + ' ' + p[1].toFixed(1);

/** Where the model point `p` (in H, y up) of a figure drawn `at` is on the screen. */
export const place = ([x, y, s]: At, p: readonly number[]): Point => [x + s * p[0], y - s * p[1]];

/** Where joint `i` (see body.ts's jointNames) of `pose` drawn `at` is on the screen. */
export const spot = (pose: Pose, i: number, at: At): Point => place(at, posed(pose)[i]);

export const part = (c: string, d: string) => `<path class="${c}" d="${d}"></path>`;

/** A part of a body from `a` to `b` (one point: a dot), in pixels, `r` thick on each side, as
 * path text:
 * along one side, round the end at `b`, back along the other side, round the end at `a`.
 * Every part turns the same way, so where parts overlap the fill stays whole. */
export function capsule(a: readonly number[], b: readonly number[], r: number) {
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
  // The offset to one side, across the part (straight up for a dot).
  const [nx, ny] = length ? [((a[1] - b[1]) * r) / length, ((b[0] - a[0]) * r) / length] : [0, r];
  const end = `A${r.toFixed(1)} ${r.toFixed(1)} 0 0 0 `;
  return `M${xy([a[0] + nx, a[1] + ny])}L${xy([b[0] + nx, b[1] + ny])}${end}${xy([b[0] - nx, b[1] - ny])}L${xy([a[0] - nx, a[1] - ny])}${end}${xy([a[0] + nx, a[1] + ny])}Z`;
}

/**
 * A figure in `pose` drawn `at`. `held` (a baby, a pillow) goes between the body and the
 * near arm, so the arm holds it. From the side the far limbs are drawn behind, paler; from
 * the front the legs go behind the body and the arms in front. Each layer is one path, its
 * parts joined; its edge, in the background colour, shows a thin gap where it crosses an
 * earlier layer.
 */
export function figure(pose: Pose, at: At, held: Markup = ''): string {
  const j = posed(pose);
  const s = at[2];
  // Parts by limb and joints: limbs 0 right arm, 1 right leg, 2 left arm, 3 left leg, with
  // four joints each (0 root, 1 middle, 2 end, 3 tip); -2 and -1 are the spine, and the neck
  // and head. [limb, first joint, last joint]
  type Parts = (readonly [number, number, number])[];
  const draw = (parts: Parts, c = '') =>
    `<path class="${c}" d="${parts
      .flatMap(([k, first, last]) =>
        [0, 1, 2, 3].slice(first, last + 1).map((n) => {
          const p = j[8 + 4 * k + n];
          return capsule(place(at, j[p[3]]), place(at, p), p[2] * s);
        }),
      )
      .join('')}"></path>`;
  const whole = (...limbs: number[]): Parts => limbs.map((k) => [k, 0, 3]);
  if (pose[0] < 100) {
    return `<g class="figure">${draw(whole(2, 3), 'far')}${draw(whole(-2, -1))}${draw(whole(1))}${svgText(held)}${draw(whole(0))}</g>`;
  }
  // From the front the shoulders are part of the body's outline, with no edge across them;
  // the legs go behind the body and the arms in front. The head (hair and head, joints 2 and
  // 3 of the neck's limb) comes last, over the arms: seen from above (child's pose) it rises
  // above arms reaching past it along the mat, and no pose seen from the front crosses the face.
  return `<g class="figure">${draw(whole(1, 3))}${draw([...whole(-2), [-1, 0, 1], [0, 0, 0], [2, 0, 0]])}${svgText(held)}${draw(
    [
      [0, 1, 3],
      [2, 1, 3],
    ],
  )}${draw([[-1, 2, 3]])}</g>`;
}

/**
 * A swaddled newborn for a parent drawn at `s` pixels per H: a baby of about 50 cm is about
 * 0.3 H long, its head about a quarter of that. The head is at (x, y), the body runs along
 * `angle` (degrees, counterclockwise from +x).
 */
export function baby(x: number, y: number, angle: number, s: number) {
  const along = (d: number): Point => [
    x + d * s * Math.cos(angle * rad),
    y - d * s * Math.sin(angle * rad),
  ];
  return `<g class="baby"><path d="${capsule(along(0.07), along(0.23), 0.04 * s)}"></path><path d="${capsule(along(0), along(0), 0.04 * s)}"></path></g>`;
}
