import { svg, type SVGTemplateResult } from 'lit';
import { posed } from '../shared/figure/body.js';
import { baby } from '../shared/figure/baby.js';
import { arrow, ground } from '../shared/figure/cues.js';
import { figure, onScreen, type Place } from '../shared/figure/draw.js';
import { crib } from '../shared/figure/furniture.js';
import { goodLift as pose } from './poses.js';

const floor = 182;

/** A good lift, in a 320 x 200 viewBox: close to the crib and facing it, knees and hips bent,
 * back close to upright, the baby held in close to the chest. */
export function goodLift(): SVGTemplateResult {
  const at: Place = { x: 70, y: floor, s: 190 };
  const hands = onScreen(at, posed(pose).fingers);
  return svg`${ground(floor, 10, 310)}${crib(136, 300, 104, 150, floor)}
    ${figure(pose, at, baby([hands[0] - 2, hands[1] - 10], 186, at.s))}
    <g class="motion">${arrow([hands[0] + 40, hands[1] + 6], [hands[0] + 40, hands[1] - 26])}</g>`;
}
