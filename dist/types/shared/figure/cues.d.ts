import { type SVGTemplateResult } from 'lit';
import { type Point } from './draw.js';
/**
 * What every drawing puts around its figures, in the drawing's own units (y down): the
 * ground, movement arrows, step numbers and plain boxes. Classes only; drawing.styles.ts
 * colours them.
 */
/** A rounded box, a `prop` (an object the figure uses) unless told otherwise. */
export declare const box: (x: number, y: number, width: number, height: number, rx?: number) => import("lit-html").TemplateResult<2>;
/** The floor at `y`, from `x1` to `x2`. */
export declare const ground: (y: number, x1?: number, x2?: number) => import("lit-html").TemplateResult<2>;
/** An arrow through `points`, its head at the last; the line stops where the head starts. */
export declare function arrow(...points: Point[]): SVGTemplateResult;
/** A step's number, such as the 1 and 2 of a movement's two positions. */
export declare const label: (x: number, y: number, text: string) => import("lit-html").TemplateResult<2>;
