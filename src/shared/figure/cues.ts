import { part, svgText, xy, type Markup, type Point } from './draw.js';

/** What drawings put around their figures, in pixels (y down), as markup (see draw.ts):
 * classes only, see drawing.styles.ts. */

/** A rounded box, a `prop` (an object the figure uses). */
export const box = (x: number, y: number, width: number, height: number, rx = 3) =>
  `<rect class="prop" x="${x}" y="${y}" width="${width}" height="${height}" rx="${rx}"></rect>`;

/** A prop's rail or leg, or a band: a thick line along `d`. */
export const rail = (d: string) => part('line', d);

/** The floor at `y`, from `x1` to `x2`. */
export const ground = (y: number, x1 = 8, x2 = 312) => part('ground', `M${x1} ${y}H${x2}`);

/** An arrow from the first point to the last: straight, or curved by one or two control
 * points between. Its head points along the last piece. */
export function arrow(...p: Point[]) {
  const [[ax, ay], b] = p.slice(-2);
  // The last piece's direction, 6 pixels long, and across it.
  const l = Math.hypot(b[0] - ax, b[1] - ay) / 6;
  const [u, w] = [(b[0] - ax) / l, (b[1] - ay) / l];
  return [
    part(
      'cue',
      `M${xy(p[0])}${'LQC'[p.length - 2]}${p
        .slice(1)
        .map((q) => xy(q))
        .join(' ')}`,
    ),
    part('cue head', `M${xy(b)}l${xy([w - 2 * u, -u - 2 * w])}l${xy([-2 * w, 2 * u])}z`),
  ];
}

/** Moving cues: they nudge back and forth unless the reader asks for less motion. */
export const motion = (...cues: Markup[]) => `<g class="motion">${svgText(cues)}</g>`;

/** A step's number, such as the 1 and 2 of a movement's two positions. */
export const label = (x: number, y: number, text: string) =>
  `<text class="cue-label" x="${x}" y="${y}">${text}</text>`;
