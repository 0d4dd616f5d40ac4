import { svg, type SVGTemplateResult } from 'lit';
import { posed } from '../shared/figure/body.js';
import { baby } from '../shared/figure/baby.js';
import { ground } from '../shared/figure/cues.js';
import { figure, onScreen, type Place } from '../shared/figure/draw.js';
import { bed, chair, footstool, pillow } from '../shared/figure/furniture.js';
import type { FeedingPosition } from './content.js';
import { cradle, football, sideLying } from './poses.js';

const floor = 186;

/** The football hold from the side: the chair's back behind the parent, the footstool under
 * the feet, a pillow at the side under the baby, whose head is at the breast. */
function footballHold(): SVGTemplateResult {
  const at: Place = { x: 120, y: 150, s: 190 };
  const j = posed(football);
  const [, seat] = onScreen(at, { x: 0, y: j.pelvis.y - j.pelvis.r });
  const hand = onScreen(at, j.fingers);
  const elbow = onScreen(at, j.elbow);
  return svg`${ground(floor)}${chair(at.x - 16, seat, 56, 40, floor)}${footstool(at.x + 28, at.y, 44, floor)}
    ${figure(football, at, svg`${pillow([elbow[0] + 4, hand[1] + 8], [hand[0] - 14, hand[1] + 8], 9)}${baby([hand[0] - 4, hand[1] - 10], 186, at.s)}`)}`;
}

/** The cradle hold from the front: the chair's back behind, a pillow across the lap under
 * the baby, whose head rests in the crook of the parent's arm. */
function cradleHold(): SVGTemplateResult {
  const at: Place = { x: 160, y: 164, s: 180 };
  const j = posed(cradle);
  const [, seat] = onScreen(at, { x: 0, y: j.pelvis.y - j.pelvis.r });
  const crook = onScreen(at, j.elbow2);
  const other = onScreen(at, j.elbow);
  return svg`${ground(floor)}
    <rect class="prop" x="112" y="44" width="96" height=${seat - 44} rx="10"></rect>
    <rect class="prop" x="104" y=${seat} width="112" height="10" rx="5"></rect>
    ${footstool(124, at.y, 72, floor)}
    ${figure(cradle, at, pillow([crook[0] - 6, crook[1] + 10], [other[0] + 6, crook[1] + 10], 10))}
    ${baby([crook[0] + 2, crook[1] - 2], -4, at.s)}`;
}

/** Side-lying in bed, from the front: the parent's head on a pillow, nothing else near the
 * baby, who lies on the firm mattress facing the parent's chest. */
function sideLyingHold(): SVGTemplateResult {
  const top = 140;
  const at: Place = { x: 176, y: top, s: 190 };
  const j = posed(sideLying);
  const head = onScreen(at, j.head);
  const chest = onScreen(at, j.back3);
  return svg`${ground(floor)}${bed(14, 306, top, floor)}
    ${pillow([22, top - 10], [head[0] + 14, top - 10], 10)}
    ${figure(sideLying, at, baby([chest[0] + 10, top - 8], 0, at.s))}`;
}

/** Each hold's drawing, in a 320 x 200 viewBox, from the one posable figure. */
export const holdIllustrations: Record<FeedingPosition, () => SVGTemplateResult> = {
  football: footballHold,
  cradle: cradleHold,
  'side-lying': sideLyingHold,
};
