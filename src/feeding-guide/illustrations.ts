import { posed, type Pose } from '../shared/figure/body.js';
import { ground } from '../shared/figure/cues.js';
import { baby, figure, spot, type At, type Markup, type Point } from '../shared/figure/draw.js';
import {
  bedFromAbove,
  chair,
  chairFromFront,
  footstool,
  pillow,
} from '../shared/figure/furniture.js';
import type { FeedingPosition } from './content.js';
import { cradle, cradleBaby, football, sideLying } from './poses.js';

const floor = 186;
/** Seated figures: the feet on a footstool 22 pixels high, the scale as large as the box allows. */
const seated: At = [136, floor - 22, 212];
/** From the front a seated figure is shorter, so its floor is lower and the figure larger. */
const frontFloor = 192;

/** On a chair with a back, the feet on a footstool, from the side; `held` goes between the
 * body and the near arm, placed from the elbow and the hand. The chair and the stool are
 * placed from the body: the seat under the hips, the back behind them, the stool under the feet. */
function onChair(pose: Pose, held: (elbow: Point, hand: Point) => Markup) {
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

/**
 * The cradle hold from the front, where the baby lying across the parent shows its length:
 * the chair's back shows beside and above the shoulders, its seat and legs beside the shins,
 * the stool under the feet. The pillow fills the lap up to the baby, who is drawn in front of
 * the arms (the nearest thing to the viewer), its head in the crook of the near elbow.
 */
function cradleHold() {
  const at: At = [160, frontFloor - 18, 200];
  const s = at[2];
  const [x, hip] = spot(cradle, 0, at);
  const [, shoulders] = spot(cradle, 4, at);
  const [ankle] = spot(cradle, 14, at);
  const [ankle2] = spot(cradle, 22, at);
  const [elbowX, elbowY] = spot(cradle, 9, at);
  const [dx, dy, angle] = cradleBaby;
  const [headX, headY] = [elbowX + dx * s, elbowY - dy * s];
  // The pillow's top is under the baby; its bottom reaches the knees, which point at the viewer.
  const [top, bottom] = [headY + 0.04 * s, hip + 0.03 * s];
  return [
    ground(frontFloor),
    chairFromFront(x, 0.6 * s, hip + 0.06 * s, shoulders - 0.05 * s, frontFloor),
    footstool(ankle - 24, at[1], ankle2 - ankle + 48, frontFloor),
    figure(cradle, at, pillow(x - 0.22 * s, x + 0.22 * s, (top + bottom) / 2, (bottom - top) / 2)),
    baby(headX, headY, angle, s),
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
export const holdIllustrations: Record<FeedingPosition, () => Markup> = {
  // A pillow at the side under the baby, whose head is at the breast.
  football: () =>
    onChair(football, (elbow, hand) => [
      pillow(elbow[0] + 4, hand[0] - 10, hand[1] + 8, 9),
      baby(hand[0] - 4, hand[1] - 10, 186, 212),
    ]),
  // A pillow on the lap under the baby, whose head rests in the crook of the arm.
  cradle: cradleHold,
  'side-lying': sideLyingHold,
};
