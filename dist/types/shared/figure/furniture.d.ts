import { type Point } from './draw.js';
/** A cushion from `a` to `b`, `r` thick on each side. */
export declare const pillow: (a: Point, b: Point, r: number) => import("lit-html").TemplateResult<2>;
/** A footstool on the floor at `floor`, its top at `top`. */
export declare const footstool: (x: number, top: number, width: number, floor: number) => import("lit-html").TemplateResult<2>;
/** A chair facing +x: seat from `x` to `x + depth` at `seat`, a padded back up to `top`. */
export declare const chair: (x: number, seat: number, depth: number, top: number, floor: number) => import("lit-html").TemplateResult<2>;
/** A crib: posts at `x1` and `x2`, its rail at `rail`, its mattress at `bed`. */
export declare function crib(x1: number, x2: number, rail: number, bed: number, floor: number): import("lit-html").TemplateResult<2>;
/** A bed: a firm mattress from `x1` to `x2`, its top at `top`, a headboard at `x1`. */
export declare const bed: (x1: number, x2: number, top: number, floor: number) => import("lit-html").TemplateResult<2>;
