import { svg } from 'lit';
import { figure, spot, type At } from '../shared/figure/draw.js';
import { arrow, box, ground, label, motion } from '../shared/figure/cues.js';
import { band, doorPost, mat } from '../shared/figure/gym.js';
import type { ExerciseId } from './content.js';
import * as poses from './poses.js';

/** Every drawing is 320 x 200 with the floor at y = 186; figures on the mat rest at 182. */
const floor = ground(186);
const onMat = [floor, mat(12, 186, 296)];
const standing: At = [160, 186, 170];
const phases = (x: number) => [label(16, 30, '1'), label(x, 30, '2')];

/** Each exercise's drawing, from the one posable figure. */
export const exerciseIllustrations: Record<ExerciseId, () => unknown> = {
  'cat-cow': () => [
    onMat,
    figure(poses.cat, [80, 182, 190]),
    figure(poses.cow, [228, 182, 190]),
    motion(arrow([116, 110], [116, 76]), arrow([264, 84], [264, 114])),
    phases(168),
  ],
  // From the side (1), then from above on the same mat, both hands walked over to one side.
  'childs-pose': () => [
    ground(92),
    mat(40, 92, 256),
    figure(poses.childsPose, [80, 88, 200]),
    box(40, 104, 256, 92, 4),
    figure(poses.childsPoseSide, [92, 150, 200]),
    motion(arrow([262, 170], [282, 140], [270, 116])),
    label(16, 30, '1'),
    label(16, 130, '2'),
  ],
  // Down (pale), then up, the hips rising.
  bridge: () => [
    onMat,
    svg`<g class="far">${figure(poses.bridgeDown, [150, 182, 280])}</g>`,
    figure(poses.bridgeUp, [150, 182, 280]),
    motion(arrow([150, 100], [150, 70])),
  ],
  // A ring around the pelvis, its far half behind the body, and turning arrows either way.
  'pelvic-circles': () => [
    floor,
    svg`<path class="cue" d="M118 94a42 12 0 0 1 84 0"></path>`,
    figure(poses.handsOnHips, standing),
    svg`<path class="cue" d="M118 94a42 12 0 0 0 84 0"></path>`,
    motion(
      arrow([44, 126], [20, 96], [60, 70], [74, 110]),
      arrow([276, 126], [300, 96], [260, 70], [246, 110]),
    ),
    phases(263),
  ],
  // The hands pull the band apart as the shoulder blades squeeze together.
  'scapular-retraction': () => {
    const at: At = [120, 186, 170];
    const [near, far] = [11, 19].map((i) => spot(poses.bandPull, i, at));
    return [
      floor,
      figure(poses.bandPull, at, band(near, far, 3)),
      motion(
        arrow([near[0] - 2, near[1] + 10], [near[0] - 10, near[1] + 30]),
        arrow([far[0] + 6, far[1] - 10], [far[0] + 14, far[1] - 30]),
        arrow([60, 70], [96, 82]),
      ),
    ];
  },
  'doorway-pec-stretch': () => [
    floor,
    doorPost(118, 12, 186),
    figure(poses.doorwayStretch, [186, 186, 170]),
    motion(arrow([214, 60], [250, 60])),
  ],
};
