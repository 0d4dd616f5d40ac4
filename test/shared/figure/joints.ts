import { jointNames, posed, type Pose } from '../../../src/shared/figure/body.js';

/** A pose's joints by name, as x, y and half-thickness r. */
export interface Named {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}
export const named = (pose: Pose): Record<string, Named> =>
  Object.fromEntries(posed(pose).map(([x, y, r], i) => [jointNames[i], { x, y, r }]));
