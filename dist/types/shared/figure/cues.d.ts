import { type Markup, type Point } from './draw.js';
/** What drawings put around their figures, in pixels (y down), as markup (see draw.ts):
 * classes only, see drawing.styles.ts. */
/** A rounded box, a `prop` (an object the figure uses). */
export declare const box: (x: number, y: number, width: number, height: number, rx?: number) => string;
/** A prop's rail or leg, or a band: a thick line along `d`. */
export declare const rail: (d: string) => string;
/** The floor at `y`, from `x1` to `x2`. */
export declare const ground: (y: number, x1?: number, x2?: number) => string;
/** An arrow from the first point to the last: straight, or curved by one or two control
 * points between. Its head points along the last piece. */
export declare function arrow(...p: Point[]): string[];
/** Moving cues: they nudge back and forth unless the reader asks for less motion. */
export declare const motion: (...cues: Markup[]) => string;
/** A step's number, such as the 1 and 2 of a movement's two positions. */
export declare const label: (x: number, y: number, text: string) => string;
