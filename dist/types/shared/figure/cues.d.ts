import { type Point } from './draw.js';
/** What drawings put around their figures, in pixels (y down): classes only, see
 * drawing.styles.ts. */
/** A rounded box, a `prop` (an object the figure uses). */
export declare const box: (x: number, y: number, width: number, height: number, rx?: number) => import("lit-html").TemplateResult<2>;
/** A prop's rail or leg, or a band: a thick line along `d`. */
export declare const rail: (d: string) => import("lit-html").TemplateResult<2>;
/** The floor at `y`, from `x1` to `x2`. */
export declare const ground: (y: number, x1?: number, x2?: number) => import("lit-html").TemplateResult<2>;
/** An arrow from the first point to the last: straight, or curved by one or two control
 * points between. Its head points along the last piece. */
export declare function arrow(...p: Point[]): import("lit-html").TemplateResult<2>[];
/** Moving cues: they nudge back and forth unless the reader asks for less motion. */
export declare const motion: (...cues: unknown[]) => import("lit-html").TemplateResult<2>;
/** A step's number, such as the 1 and 2 of a movement's two positions. */
export declare const label: (x: number, y: number, text: string) => import("lit-html").TemplateResult<2>;
