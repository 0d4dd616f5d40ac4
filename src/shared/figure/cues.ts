import { svg, type SVGTemplateResult } from 'lit';
import { smooth, xy, type Point } from './draw.js';

/**
 * What every drawing puts around its figures, in the drawing's own units (y down): the
 * ground, movement arrows, step numbers and plain boxes. Classes only; drawing.styles.ts
 * colours them.
 */

/** A rounded box, a `prop` (an object the figure uses) unless told otherwise. */
export const box = (x: number, y: number, width: number, height: number, rx = 3) =>
  svg`<rect class="prop" x=${x.toFixed(1)} y=${y.toFixed(1)} width=${width.toFixed(1)} height=${height.toFixed(1)} rx=${rx}></rect>`;

/** The floor at `y`, from `x1` to `x2`. */
export const ground = (y: number, x1 = 8, x2 = 312) =>
  svg`<path class="ground" d=${`M${x1} ${y}H${x2}`}></path>`;

/** An arrow through `points`, its head at the last; the line stops where the head starts. */
export function arrow(...points: Point[]): SVGTemplateResult {
  const tip = points[points.length - 1];
  const [x, y] = points[points.length - 2];
  const length = Math.hypot(tip[0] - x, tip[1] - y);
  const u = [(tip[0] - x) / length, (tip[1] - y) / length];
  const base: Point = [tip[0] - u[0] * 11, tip[1] - u[1] * 11];
  const wing = (k: number): Point => [base[0] - u[1] * 7 * k, base[1] + u[0] * 7 * k];
  return svg`<path class="cue" d=${`M${xy(points[0])}${smooth([...points.slice(0, -1), base])}`}></path><path class="cue-head" d=${`M${xy(tip)}L${xy(wing(1))}L${xy(wing(-1))}Z`}></path>`;
}

/** A step's number, such as the 1 and 2 of a movement's two positions. */
export const label = (x: number, y: number, text: string) =>
  svg`<text class="cue-label" x=${x} y=${y}>${text}</text>`;
