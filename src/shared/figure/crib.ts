import { box, rail } from './cues.js';

/** A crib seen from the side, in pixels (y down): posts at `x1` and `x2`, its rail at `rail`,
 * its mattress at `bed`. */
export function crib(x1: number, x2: number, top: number, bed: number, floor: number) {
  let slats = '';
  for (let x = x1 + 14; x < x2 - 8; x += 16) slats += `M${x} ${top}V${bed}`;
  return [
    rail(`M${x1} ${floor}V${top - 6}M${x2} ${floor}V${top - 6}M${x1} ${top}H${x2}${slats}`),
    box(x1 + 3, bed, x2 - x1 - 6, 8),
  ];
}
