import { svg, type SVGTemplateResult } from 'lit';
import { posed } from '../shared/figure/body.js';
import { baby } from '../shared/figure/baby.js';
import { figure, onScreen, type Place } from '../shared/figure/draw.js';
import { carrying } from './poses.js';

/** A parent holding a baby close, centred on the chest, in a 120 x 120 viewBox. */
export function parentAndBaby(): SVGTemplateResult {
  const at: Place = { x: 58, y: 166, s: 150 };
  const chest = onScreen(at, posed(carrying).shoulders);
  return svg`${figure(carrying, at, baby([chest[0] + 2, chest[1] + 10], -84, at.s))}
    <path class="cue-head" d="M96 32L88 24A4.5 4.5 0 0 1 96 18A4.5 4.5 0 0 1 104 24Z"></path>`;
}
