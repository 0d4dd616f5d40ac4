import { arrow, ground, motion } from '../shared/figure/cues.js';
import { crib } from '../shared/figure/crib.js';
import { baby, figure, spot, type At } from '../shared/figure/draw.js';
import { goodLift as pose } from './poses.js';

const floor = 182;
const at: At = [84, floor, 190];

/** A good lift, in a 320 x 200 viewBox: close to the crib and facing it, knees and hips bent,
 * back close to upright, the baby held in close to the chest. */
export function goodLift() {
  const [x, y] = spot(pose, 11, at);
  return [
    ground(floor, 10, 310),
    crib(136, 300, 104, 150, floor),
    figure(pose, at, baby(x - 2, y - 10, 186, 190)),
    motion(arrow([x + 40, y + 6], [x + 40, y - 26])),
  ];
}
