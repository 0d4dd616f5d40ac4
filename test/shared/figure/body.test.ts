import { expect } from '@open-wc/testing';
import type { Pose } from '../../../src/shared/figure/body.js';
import { named, type Named } from './joints.js';
import * as exercises from '../../../src/exercises/poses.js';
import * as holds from '../../../src/feeding-guide/poses.js';
import * as lifting from '../../../src/lifting-tips/poses.js';
import * as explainer from '../../../src/why-it-hurts/poses.js';

/** Every pose a drawing shows, by name (not where a held baby goes, also exported there). */
export const allPoses: Record<string, Pose> = Object.fromEntries(
  Object.entries({ ...exercises, ...holds, ...lifting, ...explainer }).filter(
    ([name]) => !name.endsWith('Baby'),
  ),
);

const distance = (a: Named, b: Named) => Math.hypot(b.x - a.x, b.y - a.y);

// Segment lengths as fractions of height, from Drillis and Contini's table (Winter,
// "Biomechanics and Motor Control of Human Movement"), written out here rather than read
// from the model, so a change to the model's lengths fails.
// The last number is the segment's number in a pose (body.ts), for those it can shorten.
const segments: [string, string, number, number?][] = [
  ['shoulder', 'elbow', 0.186, 0],
  ['elbow', 'wrist', 0.146, 1],
  ['hip', 'knee', 0.245, 3],
  ['knee', 'ankle', 0.246, 4],
  ['shoulders', 'chin', 0.052],
];

describe('the body model', () => {
  for (const [name, pose] of Object.entries(allPoses)) {
    describe(name, () => {
      const j = named(pose);
      const front = pose[0] === 100;
      // Segments pointing at the viewer: [segment, percent of its length shown] pairs after
      // the five trunk angles and the twelve limb directions.
      const shown = new Map<number, number>();
      for (let i = 17; i < pose.length; i += 2) shown.set(pose[i], pose[i + 1] / 100);

      it('keeps every segment its length, or shows it shorter where it says', () => {
        for (const [a, b, length, segment] of segments) {
          for (const suffix of ['shoulders', 'chin'].includes(a) ? [''] : ['', '2']) {
            const k = segment === undefined ? -1 : segment + (suffix ? 6 : 0);
            expect(
              distance(j[a + suffix], j[b + suffix]),
              `${a}${suffix}-${b}${suffix}`,
            ).to.be.closeTo(length * (shown.get(k) ?? 1), 1e-9);
          }
        }
        const spine = ['pelvis', 'back1', 'back2', 'chest', 'shoulders'];
        let trunk = 0;
        for (let i = 1; i < spine.length; i++) trunk += distance(j[spine[i - 1]], j[spine[i]]);
        expect(trunk, 'the spine, hip line to shoulder line').to.be.closeTo(0.288, 1e-9);
        for (const suffix of ['', '2']) {
          // The hand and the foot with their round ends: 0.108 H and, heel to toes, 0.152 H
          // (from the front a foot points at the viewer and looks short).
          const hand = distance(j['wrist' + suffix], j['fingers' + suffix]) + 0.016;
          expect(hand, `hand${suffix}`).to.be.closeTo(0.108, 1e-9);
          const foot = distance(j['ankle' + suffix], j['toe' + suffix]) + 0.016 * 2;
          expect(foot, `foot${suffix}`).to.be.closeTo(front ? 0.062 : 0.152, 1e-9);
        }
      });

      it('rests on the ground, and nothing is below it', () => {
        const lowest = Math.min(...Object.values(j).map((joint) => joint.y - joint.r));
        expect(lowest, 'lowest part').to.be.closeTo(0, 1e-9);
      });
    });
  }

  it('shows a pose that does not fit together, so the checks above can fail', () => {
    // The cat with its trunk tilted up 30°: resting on the knees, the hands leave the mat.
    const wrong = named([0, 30, ...exercises.cat.slice(2)]);
    expect(wrong.wrist.y - wrong.wrist.r).to.be.above(0.05);
    // And a bent elbow moves the hand away from under the shoulder.
    const bent = named([...exercises.cat.slice(0, 5), -60, -90, 0, ...exercises.cat.slice(8)]);
    expect(bent.wrist.x - bent.shoulder.x).to.be.above(0.05);
  });
});
