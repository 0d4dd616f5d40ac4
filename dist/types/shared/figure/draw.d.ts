import { type Pose } from './body.js';
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
export declare const svgText: (m: Markup) => string;
export type Point = readonly [number, number];
/** Where a figure goes: the screen point its lowest part rests on, and pixels per H. */
export type At = readonly [x: number, y: number, s: number];
/** A point in pixels as SVG path text, to a tenth of a pixel. */
export declare const xy: (p: readonly number[]) => string;
/** Where the model point `p` (in H, y up) of a figure drawn `at` is on the screen. */
export declare const place: ([x, y, s]: At, p: readonly number[]) => Point;
/** Where joint `i` (see body.ts's jointNames) of `pose` drawn `at` is on the screen. */
export declare const spot: (pose: Pose, i: number, at: At) => Point;
export declare const part: (c: string, d: string) => string;
/** A part of a body from `a` to `b` (one point: a dot), in pixels, `r` thick on each side, as
 * path text:
 * along one side, round the end at `b`, back along the other side, round the end at `a`.
 * Every part turns the same way, so where parts overlap the fill stays whole. */
export declare function capsule(a: readonly number[], b: readonly number[], r: number): string;
/**
 * A figure in `pose` drawn `at`. `held` (a baby, a pillow) goes between the body and the
 * near arm, so the arm holds it. From the side the far limbs are drawn behind, paler; from
 * the front the legs go behind the body and the arms in front. Each layer is one path, its
 * parts joined; its edge, in the background colour, shows a thin gap where it crosses an
 * earlier layer.
 */
export declare function figure(pose: Pose, at: At, held?: Markup): string;
/**
 * A swaddled newborn for a parent drawn at `s` pixels per H: a baby of about 50 cm is about
 * 0.3 H long, its head about a quarter of that. The head is at (x, y), the body runs along
 * `angle` (degrees, counterclockwise from +x).
 */
export declare function baby(x: number, y: number, angle: number, s: number): string;
