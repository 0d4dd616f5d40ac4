import { figure, spot, type At, type Markup } from '../shared/figure/draw.js';
import { arrow, box, ground, label, motion } from '../shared/figure/cues.js';
import { band, doorPost, mat } from '../shared/figure/gym.js';
import type { ExerciseId } from './content.js';
import * as poses from './poses.js';

/** Every drawing is 320 x 200 with the floor at y = 186; figures on the mat rest at 182. */
const floor = ground(186);
export const onMat = [floor, mat(12, 186, 296)];
const standing: At = [160, 186, 170];
const phases = (x: number) => [label(16, 30, '1'), label(x, 30, '2')];

/** Each exercise's drawing, from the one posable figure. */
export const exerciseIllustrations: Record<ExerciseId, () => Markup> = {
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
    figure(poses.childsPose, [92, 88, 240]),
    box(40, 104, 256, 92, 4),
    figure(poses.childsPoseSide, [70, 190, 230]),
    motion(arrow([262, 176], [282, 150], [274, 124])),
    label(16, 30, '1'),
    label(16, 130, '2'),
  ],
  // Down (1), then up (2), the hips rising: one above the other, on the same mat.
  bridge: () => [
    ground(92),
    mat(12, 92, 296),
    figure(poses.bridgeDown, [150, 88, 230]),
    onMat,
    figure(poses.bridgeUp, [150, 182, 230]),
    motion(arrow([160, 132], [160, 106])),
    label(16, 30, '1'),
    label(16, 130, '2'),
  ],
  // A ring around the pelvis, its far half behind the body, and turning arrows either way.
  'pelvic-circles': () => [
    floor,
    '<path class="cue" d="M118 94a42 12 0 0 1 84 0"></path>',
    figure(poses.handsOnHips, standing),
    '<path class="cue" d="M118 94a42 12 0 0 0 84 0"></path>',
    motion(
      arrow([44, 126], [20, 96], [60, 70], [74, 110]),
      arrow([276, 126], [300, 96], [260, 70], [246, 110]),
    ),
    phases(263),
  ],
  // From the front: the band runs across the chest from hand to hand; the hands move apart
  // (outer arrows) as the shoulder blades squeeze toward the spine (inner arrows).
  'scapular-retraction': () => {
    const at: At = [160, 186, 170];
    const [near, far] = [11, 19].map((i) => spot(poses.bandPull, i, at));
    const [, y] = spot(poses.bandPull, 4, at);
    return [
      floor,
      figure(poses.bandPull, at),
      band(near, far, 0),
      motion(
        arrow([near[0] + 10, near[1] + 16], [near[0] - 16, near[1] + 16]),
        arrow([far[0] - 10, far[1] + 16], [far[0] + 16, far[1] + 16]),
        arrow([112, y - 24], [136, y - 24]),
        arrow([208, y - 24], [184, y - 24]),
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
