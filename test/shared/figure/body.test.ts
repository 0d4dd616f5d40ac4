import { expect } from '@open-wc/testing';
import { posed, type Joint, type Pose } from '../../../src/shared/figure/body.js';
import * as exercises from '../../../src/exercises/poses.js';
import * as holds from '../../../src/feeding-guide/poses.js';
import * as lifting from '../../../src/lifting-tips/poses.js';
import * as explainer from '../../../src/why-it-hurts/poses.js';

/** Every pose a drawing shows, by name. */
export const allPoses: Record<string, Pose> = { ...exercises, ...holds, ...lifting, ...explainer };

const distance = (a: Joint, b: Joint) => Math.hypot(b.x - a.x, b.y - a.y, b.z - a.z);

// Segment lengths as fractions of height, from Drillis and Contini's table (Winter,
// "Biomechanics and Motor Control of Human Movement"), written out here rather than read
// from the model, so a change to the model's lengths fails.
const segments: [string, string, number][] = [
  ['shoulder', 'elbow', 0.186],
  ['elbow', 'wrist', 0.146],
  ['wrist', 'fingers', 0.108],
  ['hip', 'knee', 0.245],
  ['knee', 'ankle', 0.246],
  ['shoulders', 'chin', 0.052],
];

describe('the body model', () => {
  for (const [name, pose] of Object.entries(allPoses)) {
    describe(name, () => {
      const j = posed(pose);

      it('keeps every segment its length', () => {
        for (const [a, b, length] of segments) {
          for (const suffix of ['shoulders', 'chin'].includes(a) ? [''] : ['', '2']) {
            expect(
              distance(j[a + suffix], j[b + suffix]),
              `${a}${suffix}-${b}${suffix}`,
            ).to.be.closeTo(length, 1e-9);
          }
        }
        const spine = ['pelvis', 'back1', 'back2', 'back3', 'shoulders'];
        let trunk = 0;
        for (let i = 1; i < spine.length; i++) trunk += distance(j[spine[i - 1]], j[spine[i]]);
        expect(trunk, 'the spine, hip line to shoulder line').to.be.closeTo(0.288, 1e-9);
        for (const suffix of ['', '2']) {
          // Ankle to heel and to the ball of the foot: with the heel's and toes' roundness,
          // the foot is about 0.152 H long.
          const foot = distance(j['heel' + suffix], j['toe' + suffix]) + 0.021 + 0.015;
          expect(foot, `foot${suffix}`).to.be.closeTo(0.152, 0.012);
        }
      });

      if (pose.on) {
        it('rests on the ground with the parts it names, and nothing is below it', () => {
          for (const part of pose.on.split(' ')) {
            expect(j[part].y - j[part].r, `${part} touches the ground`).to.be.closeTo(0, 0.012);
          }
          for (const [part, joint] of Object.entries(j)) {
            expect(joint.y - joint.r, `${part} above the ground`).to.be.at.least(-0.006);
          }
        });
      }
    });
  }

  it('shows a pose that does not fit together, so the checks above can fail', () => {
    // The cat with its trunk tilted up 30°: resting on the knees, the hands leave the mat.
    const wrong = posed({ ...exercises.cat, trunk: 30 });
    expect(wrong.wrist.y - wrong.wrist.r).to.be.above(0.05);
    // And a bent elbow moves the hand away from under the shoulder.
    const bent = posed({ ...exercises.cat, arm: [-60, -90, 0] });
    expect(bent.wrist.x - bent.shoulder.x).to.be.above(0.05);
  });
});
