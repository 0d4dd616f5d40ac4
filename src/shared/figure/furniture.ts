import { svg } from 'lit';
import { box } from './cues.js';
import { capsule, type Point } from './draw.js';

/** What parents sit, lie and lean on, seen from the side, in the drawing's units (y down). */

const frame = (d: string) => svg`<path class="prop line" d=${d}></path>`;

/** A cushion from `a` to `b`, `r` thick on each side. */
export const pillow = (a: Point, b: Point, r: number) =>
  svg`<path class="prop" d=${capsule(a, r, b, r)}></path>`;

/** A footstool on the floor at `floor`, its top at `top`. */
export const footstool = (x: number, top: number, width: number, floor: number) =>
  svg`${frame(`M${x + 5} ${top}V${floor}M${x + width - 5} ${top}V${floor}`)}${box(x, top, width, 6)}`;

/** A chair facing +x: seat from `x` to `x + depth` at `seat`, a padded back up to `top`. */
export const chair = (x: number, seat: number, depth: number, top: number, floor: number) =>
  svg`${frame(`M${x + 4} ${seat}V${floor}M${x + depth - 4} ${seat}V${floor}`)}${box(x - 10, top, 12, seat - top, 6)}${box(x - 8, seat, depth + 8, 8, 4)}`;

/** A crib: posts at `x1` and `x2`, its rail at `rail`, its mattress at `bed`. */
export function crib(x1: number, x2: number, rail: number, bed: number, floor: number) {
  let slats = '';
  for (let x = x1 + 14; x < x2 - 8; x += 16) slats += `M${x} ${rail}V${bed}`;
  return svg`${frame(`M${x1} ${floor}V${rail - 6}M${x2} ${floor}V${rail - 6}M${x1} ${rail}H${x2}${slats}`)}${box(x1 + 3, bed, x2 - x1 - 6, 8)}`;
}

/** A bed: a firm mattress from `x1` to `x2`, its top at `top`, a headboard at `x1`. */
export const bed = (x1: number, x2: number, top: number, floor: number) =>
  svg`${frame(`M${x1} ${top - 40}V${floor}M${x2} ${top + 16}V${floor}`)}${box(x1, top, x2 - x1, 16, 4)}`;
