import { svg, type SVGTemplateResult } from 'lit';
import { posed } from '../shared/figure/body.js';
import { figure, onScreen, type Place } from '../shared/figure/draw.js';
import { arrow, ground, label } from '../shared/figure/cues.js';
import { band, doorPost, mat } from '../shared/figure/gym.js';
import type { ExerciseId } from './content.js';
import * as poses from './poses.js';

/** The floor of every drawing, and the top of the mat on it. */
const floor = 186;
const onMat = floor - 4;
const floorWithMat = svg`${ground(floor)}${mat(12, floor, 296)}`;

function catCow(): SVGTemplateResult {
  const s = 190;
  const first: Place = { x: 82, y: onMat, s };
  const second: Place = { x: 232, y: onMat, s };
  return svg`${floorWithMat}${figure(poses.cat, first)}${figure(poses.cow, second)}
    <g class="motion">${arrow([107, 104], [107, 74])}${arrow([258, 84], [258, 112])}</g>
    ${label(16, 30, '1')}${label(174, 30, '2')}`;
}

/** Child's pose from the side on the mat (1), then from above with the hands walked over
 * to one side (2), on the same mat seen from above. */
function childsPose(): SVGTemplateResult {
  const side: Place = { x: 96, y: 86, s: 210 };
  const above: Place = { x: 100, y: 158, s: 210 };
  return svg`${ground(90)}${mat(40, 90, 256)}${figure(poses.childsPose, side)}
    <rect class="prop" x="40" y="102" width="256" height="94" rx="4"></rect>
    ${figure(poses.childsPoseSide, above)}
    <g class="motion">${arrow([240, 36], [274, 36])}${arrow([236, 148], [262, 118])}</g>
    ${label(16, 30, '1')}${label(16, 130, '2')}`;
}

function bridge(): SVGTemplateResult {
  const at: Place = { x: 150, y: onMat, s: 280 };
  const hips = onScreen(at, posed(poses.bridgeUp).pelvis);
  return svg`${floorWithMat}<g class="ghost">${figure(poses.bridgeDown, at)}</g>
    ${figure(poses.bridgeUp, at)}
    <g class="motion">${arrow([hips[0], hips[1] - 16], [hips[0], hips[1] - 46])}</g>`;
}

function pelvicCircles(): SVGTemplateResult {
  const at: Place = { x: 160, y: floor, s: 170 };
  // A ring around the pelvis: its far half behind the body, its near half in front.
  const ring = (sweep: number) =>
    svg`<path class="cue" d=${`M118 ${floor - 92}A42 12 0 0 ${sweep} 202 ${floor - 92}`}></path>`;
  return svg`${ground(floor)}${ring(1)}${figure(poses.handsOnHips, at)}${ring(0)}
    <g class="motion">${arrow([44, 126], [30, 100], [56, 86], [74, 110])}${arrow([276, 126], [290, 100], [264, 86], [246, 110])}</g>
    ${label(47, 70, '1')}${label(263, 70, '2')}`;
}

function bandPull(): SVGTemplateResult {
  const at: Place = { x: 160, y: floor, s: 170 };
  const joints = posed(poses.bandPull);
  const hands = [onScreen(at, joints.fingers), onScreen(at, joints.fingers2)];
  return svg`${ground(floor)}${figure(poses.bandPull, at)}${band(hands[0], hands[1], 4)}
    <g class="motion">${arrow([hands[1][0] - 8, hands[1][1]], [hands[1][0] - 38, hands[1][1]])}${arrow([hands[0][0] + 8, hands[0][1]], [hands[0][0] + 38, hands[0][1]])}${arrow([120, 36], [144, 36])}${arrow([200, 36], [176, 36])}</g>`;
}

function doorwayStretch(): SVGTemplateResult {
  const at: Place = { x: 186, y: floor, s: 170 };
  const hand = onScreen(at, posed(poses.doorwayStretch).fingers);
  return svg`${ground(floor)}${doorPost(hand[0] - 14, 12, floor)}${figure(poses.doorwayStretch, at)}
    <g class="motion">${arrow([214, 60], [250, 60])}</g>`;
}

/** Each exercise's drawing, in a 320 x 200 viewBox, from the one posable figure. */
export const exerciseIllustrations: Record<ExerciseId, () => SVGTemplateResult> = {
  'cat-cow': catCow,
  'childs-pose': childsPose,
  bridge,
  'pelvic-circles': pelvicCircles,
  'scapular-retraction': bandPull,
  'doorway-pec-stretch': doorwayStretch,
};
