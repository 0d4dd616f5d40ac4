import { capsule, figure, place, spot, type At } from '../shared/figure/draw.js';
import { carriedBaby, carrying } from './poses.js';

/**
 * A newborn carried upright against the parent's chest, as in a carrier, seen from behind:
 * its head at (x, y), its back, and its legs spread and bent up around the parent's front
 * (the frog or M position carriers hold a baby in), for a parent drawn at `s` pixels per H.
 * Head to bottom, about 0.2 H: a newborn's crown-to-rump length, two thirds of its length.
 */
function babyUpright(x: number, y: number, s: number) {
  const part = (a: number[], b: number[], r: number) =>
    capsule(place([x, y, s], a), place([x, y, s], b), r * s);
  let legs = '';
  for (const side of [-1, 1])
    legs +=
      part([0.03 * side, -0.15], [0.065 * side, -0.12], 0.022) +
      part([0.065 * side, -0.12], [0.07 * side, -0.19], 0.018);
  const back = part([0, -0.075], [0, -0.13], 0.045);
  return `<g class="baby"><path d="${legs}"></path><path d="${back}"></path><path d="${part([0, 0], [0, 0], 0.04)}"></path></g>`;
}

/** Large enough that the badge shows the parent from the head to the thighs. */
const at: At = [60, 206, 198];

/** A parent holding a baby close, upright against the chest, in a 120 x 120 viewBox. */
export function parentAndBaby() {
  const [x, y] = spot(carrying, 3, at);
  const [dx, dy] = carriedBaby;
  return [
    figure(carrying, at, babyUpright(x + dx * at[2], y - dy * at[2], at[2])),
    '<path class="cue head" d="M98 28L93 23A3 3 0 0 1 98 19A3 3 0 0 1 103 23Z"></path>',
  ];
}
