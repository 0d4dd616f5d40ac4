import { svg } from 'lit';
import { baby, figure, spot, type At } from '../shared/figure/draw.js';
import { carrying } from './poses.js';

const at: At = [52, 114, 100];

/** A parent holding a baby close, upright against the chest, in a 120 x 120 viewBox. */
export function parentAndBaby() {
  const [x, y] = spot(carrying, 3, at);
  return [
    figure(carrying, at, baby(x + 9, y - 14, -86, 100)),
    svg`<path class="cue head" d="M98 28L93 23A3 3 0 0 1 98 19A3 3 0 0 1 103 23Z"></path>`,
  ];
}
