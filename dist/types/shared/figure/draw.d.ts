import { type Pose } from './body.js';
/**
 * Draws posed bodies: every part is one round-ended stroke from joint to joint, in model
 * units under a transform, so its class (see drawing.styles.ts) sets both its thickness and
 * its colour, and the drawings follow the theme, forced colours and print.
 */
export type Point = readonly [number, number];
/** Where a figure goes: the screen point its lowest part rests on, and pixels per H. */
export type At = readonly [x: number, y: number, s: number];
/** A point as SVG path text, fine enough for model units; divided by `k` if given. */
export declare const xy: (p: readonly number[], k?: number) => string;
/** Where joint `i` (see body.ts's jointNames) of `pose` drawn `at` is on the screen. */
export declare const spot: (pose: Pose, i: number, [x, y, s]: At) => Point;
export declare const part: (c: string, d: string) => import("lit-html").TemplateResult<2>;
/** A part of a body from `a` to `b` (one point: a dot), `r` thick on each side: a stroke
 * 1 wide, scaled. */
export declare const limb: (a: readonly number[], b: readonly number[], r: number) => import("lit-html").TemplateResult<2>;
/** Parts edged in the background colour first: a part drawn over an earlier layer shows a
 * thin gap around it, while the parts within a layer join smoothly. */
export declare const layer: (parts: unknown[]) => import("lit-html").TemplateResult<2>;
/**
 * A figure in `pose` drawn `at`. `held` (a baby, a pillow) goes between the body and the
 * near arm, so the arm holds it. From the side the far limbs are drawn behind, paler; from
 * the front the legs go behind the body and the arms in front.
 */
export declare function figure(pose: Pose, [x, y, s]: At, held?: unknown): import("lit-html").TemplateResult<2>;
/**
 * A swaddled newborn for a parent drawn at `s` pixels per H: a baby of about 50 cm is about
 * 0.3 H long, its head about a quarter of that. The head is at (x, y), the body runs along
 * `angle` (degrees, counterclockwise from +x).
 */
export declare const baby: (x: number, y: number, angle: number, s: number) => import("lit-html").TemplateResult<2>;
