import { type SVGTemplateResult } from 'lit';
import { type Pose } from './body.js';
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
export declare const xy: (p: Point) => string;
/** The screen point of a model point. */
export declare const onScreen: (at: Place, p: {
    x: number;
    y: number;
}) => Point;
/** A rounded limb: a circle of radius `ra` at `a` and `rb` at `b`, joined by tangents. */
export declare function capsule(a: Point, ra: number, b: Point, rb: number): string;
/** A smooth line through `points`, curving through the middle ones. */
export declare const smooth: (points: readonly Point[]) => string;
/**
 * A figure in `pose` at `at`. `held` (a baby, a pillow) is drawn between the body and the
 * near arm, so the arm holds it. From the side the far limbs are drawn behind, paler.
 */
export declare function figure(pose: Pose, at: Place, held?: unknown): SVGTemplateResult;
