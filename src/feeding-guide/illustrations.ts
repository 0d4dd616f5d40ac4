import { posed, type Pose } from '../shared/figure/body.js';
import { ground } from '../shared/figure/cues.js';
import { baby, figure, spot, type At, type Point } from '../shared/figure/draw.js';
import { bedFromAbove, chair, footstool, pillow } from '../shared/figure/furniture.js';
import type { FeedingPosition } from './content.js';
import { cradle, football, sideLying } from './poses.js';

const floor = 186;
/** Seated figures: the feet on a footstool 22 pixels high, the scale as large as the box allows. */
const seated: At = [136, floor - 22, 212];

/** On a chair with a back, the feet on a footstool, from the side; `held` goes between the
 * body and the near arm, placed from the elbow and the hand. The chair and the stool are
 * placed from the body: the seat under the hips, the back behind them, the stool under the feet. */
function onChair(pose: Pose, held: (elbow: Point, hand: Point) => unknown) {
  const [x, hip] = spot(pose, 0, seated);
  const [ankle] = spot(pose, 14, seated);
  const seat = hip + seated[2] * posed(pose)[0][2];
  return [
    ground(floor),
    chair(x - 14, seat, 54, 34, floor),
    footstool(ankle - 20, seated[1], 48, floor),
    figure(pose, seated, held(spot(pose, 9, seated), spot(pose, 11, seated))),
  ];
}

/** Side-lying, seen from above the bed: the parent's head on a pillow at the headboard, the
 * baby on the firm mattress facing the parent's chest, nothing soft near the baby. */
function sideLyingHold() {
  const at: At = [170, 150, 240];
  const [x, y] = spot(sideLying, 3, at);
  const [headX, headY] = spot(sideLying, 7, at);
  return [
    bedFromAbove(14, 306, 24, 190),
    pillow(30, headX - 4, headY + 4, 18),
    figure(sideLying, at, baby(x + 4, y - 26, 0, 240)),
  ];
}

/** Each hold's drawing, in a 320 x 200 viewBox, from the one posable figure. */
export const holdIllustrations: Record<FeedingPosition, () => unknown> = {
  // A pillow at the side under the baby, whose head is at the breast.
  football: () =>
    onChair(football, (elbow, hand) => [
      pillow(elbow[0] + 4, hand[0] - 10, hand[1] + 8, 9),
      baby(hand[0] - 4, hand[1] - 10, 186, 212),
    ]),
  // A pillow on the lap under the baby, whose head rests in the crook of the arm.
  cradle: () =>
    onChair(cradle, (elbow, hand) => [
      pillow(elbow[0] - 6, hand[0] + 6, elbow[1] + 14, 9),
      baby(elbow[0] + 2, elbow[1] - 6, -10, 212),
    ]),
  'side-lying': sideLyingHold,
};
