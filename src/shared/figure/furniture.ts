import { box, rail } from './cues.js';

/** What parents sit and lie on when feeding, in pixels (y down). */

/** A cushion from x1 to x2, its middle at `y`, `r` thick on each side. */
export const pillow = (x1: number, x2: number, y: number, r: number) =>
  box(x1 - r, y - r, x2 - x1 + 2 * r, 2 * r, r);

/** A footstool on the floor at `floor`, its top at `top`. */
export const footstool = (x: number, top: number, width: number, floor: number) => [
  rail(`M${x + 5} ${top}V${floor}M${x + width - 5} ${top}V${floor}`),
  box(x, top, width, 6),
];

/** A chair facing +x: seat from `x` to `x + depth` at `seat`, a padded back up to `top`. */
export const chair = (x: number, seat: number, depth: number, top: number, floor: number) => [
  rail(`M${x + 4} ${seat}V${floor}M${x + depth - 4} ${seat}V${floor}`),
  box(x - 10, top, 12, seat - top, 6),
  box(x - 8, seat, depth + 8, 8, 4),
];

/** A chair seen from the front, centred on `x`, `width` wide: the padded back rising behind
 * the sitter to `top`, the seat's front edge at `seat`, a leg at each side. */
export const chairFromFront = (
  x: number,
  width: number,
  seat: number,
  top: number,
  floor: number,
) => [
  box(x - width / 2 + 6, top, width - 12, seat - top, 6),
  rail(`M${x - width / 2 + 4} ${seat}V${floor}M${x + width / 2 - 4} ${seat}V${floor}`),
  box(x - width / 2, seat, width, 8, 4),
];

/** A bed seen from above: a firm mattress from (x1, y1) to (x2, y2), the headboard at x1. */
export const bedFromAbove = (x1: number, x2: number, y1: number, y2: number) => [
  box(x1 + 4, y1, x2 - x1 - 4, y2 - y1, 6),
  rail(`M${x1} ${y1 - 2}V${y2 + 2}`),
];
