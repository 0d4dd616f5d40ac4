import { box, rail } from './cues.js';
import { xy, type Point } from './draw.js';

/** What the exercises use, in pixels (y down). */

/** An exercise mat on the floor at `y`, seen from the side; the body rests on its top, y - 4. */
export const mat = (x: number, y: number, width: number) => box(x, y - 4, width, 5, 2);

/** A door frame's side post seen side-on, from `top` down to the floor. */
export const doorPost = (x: number, top: number, floor: number) => box(x, top, 14, floor - top, 2);

/** An elastic band from `a` to `b`, sagging by `sag`. */
export const band = (a: Point, b: Point, sag: number) =>
  rail(`M${xy(a)}Q${xy([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 + sag])} ${xy(b)}`);
