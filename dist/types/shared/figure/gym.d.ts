import { type Point } from './draw.js';
/** What the exercises use, in pixels (y down). */
/** An exercise mat on the floor at `y`, seen from the side; the body rests on its top, y - 4. */
export declare const mat: (x: number, y: number, width: number) => string;
/** A door frame's side post seen side-on, from `top` down to the floor. */
export declare const doorPost: (x: number, top: number, floor: number) => string;
/** An elastic band from `a` to `b`, sagging by `sag`. */
export declare const band: (a: Point, b: Point, sag: number) => string;
