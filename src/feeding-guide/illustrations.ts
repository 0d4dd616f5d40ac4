import { posed, type Pose } from '../shared/figure/body.js';
import { ground } from '../shared/figure/cues.js';
import { baby, figure, spot, type At, type Point } from '../shared/figure/draw.js';
import { bed, chair, footstool, pillow } from '../shared/figure/furniture.js';
import type { FeedingPosition } from './content.js';
import { cradle, football, sideLying } from './poses.js';

const floor = 186;
const seated: At = [120, 150, 190];

/** On a chair with a back, the feet on a footstool, from the side; `held` goes between the
 * body and the near arm, placed from the elbow and the hand. */
function onChair(pose: Pose, held: (elbow: Point, hand: Point) => unknown) {
  const seat = 150 - 190 * (posed(pose)[0][1] - 0.063);
  return [
    ground(floor),
    chair(104, seat, 56, 40, floor),
    footstool(148, 150, 44, floor),
    figure(pose, seated, held(spot(pose, 9, seated), spot(pose, 11, seated))),
  ];
}

/** Side-lying in bed, seen from the side of the bed: the parent's head on a pillow, the baby on
 * the firm mattress facing the parent's chest, nothing soft near the baby. */
function sideLyingHold() {
  const at: At = [200, 140, 190];
  const [x] = spot(sideLying, 7, at);
  return [
    ground(floor),
    bed(14, 306, 140, floor),
    pillow(28, x + 6, 132, 8),
    figure(sideLying, at, baby(x + 40, 126, 0, 190)),
  ];
}

/** Each hold's drawing, in a 320 x 200 viewBox, from the one posable figure. */
export const holdIllustrations: Record<FeedingPosition, () => unknown> = {
  // A pillow at the side under the baby, whose head is at the breast.
  football: () =>
    onChair(football, (elbow, hand) => [
      pillow(elbow[0] + 4, hand[0] - 10, hand[1] + 8, 9),
      baby(hand[0] - 4, hand[1] - 10, 186, 190),
    ]),
  // A pillow on the lap under the baby, whose head rests in the crook of the arm.
  cradle: () =>
    onChair(cradle, (elbow, hand) => [
      pillow(elbow[0] - 6, hand[0] + 6, elbow[1] + 14, 9),
      baby(elbow[0] + 2, elbow[1] - 6, -10, 190),
    ]),
  'side-lying': sideLyingHold,
};
