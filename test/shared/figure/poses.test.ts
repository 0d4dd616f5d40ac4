import { expect } from '@open-wc/testing';
import { named, type Named as Joint } from './joints.js';
import * as exercise from '../../../src/exercises/poses.js';
import { goodLift } from '../../../src/lifting-tips/poses.js';
import { cradle, cradleBaby, football } from '../../../src/feeding-guide/poses.js';
import { carriedBaby, carrying } from '../../../src/why-it-hurts/poses.js';
import type { Pose } from '../../../src/shared/figure/body.js';

/** The angle at `b` between the segments to `a` and to `c`, in degrees (180 is straight). */
function angleAt(a: Joint, b: Joint, c: Joint): number {
  const u = [a.x - b.x, a.y - b.y];
  const v = [c.x - b.x, c.y - b.y];
  const cos = (u[0] * v[0] + u[1] * v[1]) / (Math.hypot(u[0], u[1]) * Math.hypot(v[0], v[1]));
  return (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
}

/** How far `p` lies above the line from `a` to `b` (on its left, going from a to b). */
function offLine(p: Joint, a: Joint, b: Joint): number {
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  return ((b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x)) / length;
}

/** Degrees a segment leans away from vertical. */
const fromVertical = (low: Joint, high: Joint) =>
  (Math.abs(Math.atan2(high.x - low.x, high.y - low.y)) * 180) / Math.PI;

const onGround = (p: Joint) => p.y - p.r;

const distance = (a: Joint, b: Joint) => Math.hypot(b.x - a.x, b.y - a.y);

/** Where the chest is at breast height: two thirds of the way from the hip line to the
 * shoulder line (standing, the nipples are about 0.72 H above the floor). */
const breastHeight = (j: Record<string, Joint>) => j.pelvis.y + 0.66 * (j.shoulders.y - j.pelvis.y);

/** The swaddled baby baby() draws: its head (r 0.04) from `head` and its body along `angle`,
 * to its bottom 0.27 H away, the round end of a body 0.04 H thick. */
function lyingBaby(head: Joint, angle: number) {
  const a = (angle * Math.PI) / 180;
  const bottom = { x: head.x + 0.27 * Math.cos(a), y: head.y + 0.27 * Math.sin(a), r: 0.04 };
  return { head, bottom, middle: { x: (head.x + bottom.x) / 2, y: (head.y + bottom.y) / 2, r: 0 } };
}

/** The cradle hold as a physical therapist checks it; throws at the first thing wrong. */
function checkCradle(pose: Pose) {
  const j = named(pose);
  const [dx, dy, angle] = cradleBaby;
  const { head, bottom, middle } = lyingBaby(
    { x: j.elbow.x + dx, y: j.elbow.y + dy, r: 0.04 },
    angle,
  );
  expect(fromVertical(j.pelvis, j.shoulders), 'trunk upright, not leaning').to.be.below(5);
  expect(distance(head, j.elbow), 'head in the crook of the elbow').to.be.below(0.09);
  expect(head.y, 'head resting above the elbow').to.be.above(j.elbow.y);
  expect(Math.abs(head.x), 'head between the elbow and the middle').to.be.below(
    Math.abs(j.elbow.x),
  );
  expect(head.y, 'head at breast height').to.be.closeTo(breastHeight(j), 0.05);
  expect(Math.abs(angle), 'lying across, about level').to.be.below(20);
  expect(middle.x - j.pelvis.x, 'across the middle of the front').to.be.closeTo(0, 0.06);
  expect(head.x * bottom.x, 'head on one side of the body, bottom on the other').to.be.below(0);
  expect(middle.y, 'in front of the chest, above the lap').to.be.within(
    j.pelvis.y + 0.1,
    j.shoulders.y,
  );
  // The cradling forearm runs along under the baby; the other hand is under its bottom.
  expect(j.wrist.y, 'forearm under the baby').to.be.below(middle.y - 0.02);
  expect(Math.abs(j.wrist.x - middle.x), 'along under it').to.be.below(0.12);
  expect(distance(j.fingers2, bottom), 'other hand at the bottom').to.be.below(0.08);
  expect(Math.min(j.wrist2.y, j.fingers2.y), 'under it').to.be.below(bottom.y - 0.02);
  for (const part of ['ankle', 'toe', 'ankle2', 'toe2'])
    expect(onGround(j[part]), `${part} on the stool`).to.be.closeTo(0, 0.012);
}

/** Carrying upright against the chest, as in a carrier; throws at the first thing wrong. */
function checkCarrying(pose: Pose) {
  const j = named(pose);
  const [dx, dy] = carriedBaby;
  // babyUpright(): the head 0.04 H round, the back 0.045 H thick down to 0.175 H below it.
  const head = { x: j.chest.x + dx, y: j.chest.y + dy, r: 0.04 };
  const rump = head.y - 0.175;
  expect(fromVertical(j.pelvis, j.shoulders), 'standing tall').to.be.below(3);
  for (const suffix of ['', '2'])
    expect(
      angleAt(j['hip' + suffix], j['knee' + suffix], j['ankle' + suffix]),
      'standing on straight legs',
    ).to.be.above(165);
  expect(head.x - j.chest.x, 'centred side to side').to.be.closeTo(0, 0.01);
  expect((head.y + rump) / 2, 'centred on the torso').to.be.closeTo(
    (j.pelvis.y + j.shoulders.y) / 2,
    0.08,
  );
  expect(head.y + head.r, 'head below the parent’s chin').to.be.below(j.chin.y);
  expect(head.y, 'head up by the chest, close to the parent’s face').to.be.above(j.chest.y);
  expect(rump, 'bottom above the hips').to.be.above(j.pelvis.y);
  // Both hands hold it close: on its back, at its sides, not hanging by the parent's sides.
  for (const suffix of ['', '2']) {
    const hand = j['fingers' + suffix];
    expect(Math.abs(hand.x - head.x), 'hand at the baby’s side').to.be.below(0.07);
    expect(hand.y, 'hand on the baby’s back').to.be.within(rump, head.y);
  }
}

describe('the poses, as a physical therapist checks them', () => {
  describe('cat-cow', () => {
    for (const [name, pose] of Object.entries({ cat: exercise.cat, cow: exercise.cow })) {
      it(`${name}: hands under the shoulders, knees under the hips, arms and thighs vertical`, () => {
        const j = named(pose);
        expect(Math.abs(j.wrist.x - j.shoulder.x), 'hand under shoulder').to.be.below(0.03);
        expect(Math.abs(j.knee.x - j.hip.x), 'knee under hip').to.be.below(0.03);
        expect(fromVertical(j.wrist, j.shoulder), 'arm').to.be.below(8);
        expect(fromVertical(j.knee, j.hip), 'thigh').to.be.below(8);
        for (const part of ['wrist', 'knee', 'wrist2', 'knee2']) {
          expect(onGround(j[part]), `${part} on the mat`).to.be.closeTo(0, 0.012);
        }
      });
    }

    it('cat: the back rounds up, highest in the middle, and the head drops', () => {
      const j = named(exercise.cat);
      expect(
        offLine(j.back2, j.pelvis, j.shoulders),
        'middle back above hip-shoulder line',
      ).to.be.above(0.03);
      expect(j.back2.y).to.be.above(j.pelvis.y);
      expect(j.back2.y, 'middle back above the shoulders').to.be.above(j.shoulders.y - 0.01);
      expect(j.head.y, 'head below the shoulders').to.be.below(j.shoulders.y - 0.05);
    });

    it('cow: the back is flat or gently dipped, and the head lifts to look forward', () => {
      const j = named(exercise.cow);
      const rise = offLine(j.back2, j.pelvis, j.shoulders);
      expect(rise, 'middle back not above the hip-shoulder line').to.be.below(0.005);
      expect(rise, 'only gently dipped').to.be.above(-0.04);
      expect(j.head.y, 'head above the shoulders').to.be.above(j.shoulders.y + 0.03);
      expect(j.head.x, 'head ahead of the shoulders').to.be.above(j.shoulders.x);
    });
  });

  it("child's pose: kneeling, hips back over the heels, chest over the thighs, arms forward", () => {
    const j = named(exercise.childsPose);
    expect(onGround(j.knee), 'knees on the mat').to.be.closeTo(0, 0.012);
    expect(Math.abs(j.pelvis.x - j.ankle.x), 'hips over the heels').to.be.below(0.06);
    expect(onGround(j.pelvis) - (j.ankle.y + j.ankle.r), 'sitting close to the heels').to.be.below(
      0.05,
    );
    expect(angleAt(j.hip, j.knee, j.ankle), 'knees fully bent').to.be.below(50);
    expect(j.chest.x, 'chest forward over the thighs').to.be.above(j.pelvis.x + 0.1);
    expect(j.chest.y, 'chest low, over the thighs').to.be.below(j.pelvis.y);
    expect(onGround(j.head), 'forehead toward the mat').to.be.below(0.02);
    expect(j.fingers.x - j.shoulders.x, 'arms stretched forward').to.be.above(0.35);
    expect(onGround(j.fingers), 'hands on the mat').to.be.closeTo(0, 0.012);
  });

  it("child's pose to one side: both hands walked over to one side, the body curved", () => {
    const j = named(exercise.childsPoseSide);
    const side = (p: Joint) => offLine(p, j.pelvis, j.shoulders);
    expect(side(j.fingers), 'one hand off to the side').to.be.above(0.1);
    expect(side(j.fingers2), 'and the other, the same side').to.be.above(0.1);
    expect(side(j.back2), 'the middle of the back bows the other way').to.be.below(-0.005);
  });

  describe('bridge', () => {
    it('down: on the back, knees bent about 90°, feet flat, arms by the sides', () => {
      const j = named(exercise.bridgeDown);
      for (const part of ['pelvis', 'back2', 'chest', 'head']) {
        expect(onGround(j[part]), `${part} on the mat`).to.be.closeTo(0, 0.012);
      }
      expect(angleAt(j.hip, j.knee, j.ankle), 'knee angle').to.be.within(75, 110);
      for (const part of ['ankle', 'toe'])
        expect(onGround(j[part]), `${part} down`).to.be.closeTo(0, 0.012);
      expect(onGround(j.wrist), 'hand by the side, on the mat').to.be.below(0.03);
    });

    it('up: hips lifted so shoulders, hips and knees make one slope; feet stay flat', () => {
      const j = named(exercise.bridgeUp);
      expect(angleAt(j.shoulders, j.pelvis, j.knee), 'shoulders-hips-knees').to.be.above(170);
      expect(onGround(j.pelvis), 'hips off the mat').to.be.above(0.05);
      expect(onGround(j.chest), 'shoulders stay down').to.be.closeTo(0, 0.012);
      for (const part of ['ankle', 'toe'])
        expect(onGround(j[part]), `${part} down`).to.be.closeTo(0, 0.012);
      const down = named(exercise.bridgeDown);
      expect(j.ankle.x - j.chest.x, 'feet where they were').to.be.closeTo(
        down.ankle.x - down.chest.x,
        0.06,
      );
    });
  });

  it('pelvic circles: standing, hands on the hips', () => {
    const j = named(exercise.handsOnHips);
    for (const suffix of ['', '2']) {
      const wrist = j['wrist' + suffix];
      expect(Math.abs(wrist.x), 'hand at the side of the hip').to.be.within(0.06, 0.13);
      expect(wrist.y - j.pelvis.y, 'at the waist').to.be.within(0, 0.12);
    }
    expect(fromVertical(j.pelvis, j.shoulders), 'upright').to.be.below(3);
  });

  it('band pull: standing tall, arms out straight at about shoulder height, pulled apart', () => {
    const j = named(exercise.bandPull);
    for (const suffix of ['', '2']) {
      const [shoulder, elbow, wrist] = ['shoulder', 'elbow', 'wrist'].map((n) => j[n + suffix]);
      expect(Math.abs(wrist.y - shoulder.y), 'about shoulder height').to.be.below(0.08);
      expect(Math.abs(wrist.x - shoulder.x), 'reaching out, away from the body').to.be.above(0.28);
      expect(angleAt(shoulder, elbow, wrist), 'elbow straight').to.be.above(170);
    }
    expect(fromVertical(j.pelvis, j.shoulders), 'standing tall').to.be.below(3);
    expect(j.fingers.x * j.fingers2.x, 'one hand on each side').to.be.below(0);
  });

  it('doorway stretch: hand on the frame at shoulder height, small lunge, trunk upright', () => {
    const j = named(exercise.doorwayStretch);
    expect(Math.abs(j.wrist.y - j.shoulder.y), 'hand at shoulder height').to.be.below(0.08);
    expect(j.wrist.x, 'hand back on the frame').to.be.below(j.shoulder.x - 0.2);
    expect(j.toe.x - j.toe2.x, 'one foot forward').to.be.above(0.15);
    expect(fromVertical(j.pelvis, j.shoulders), 'trunk upright').to.be.below(8);
  });

  it('good lift: knees and hips bent, back close to upright, hands in at the chest', () => {
    const j = named(goodLift);
    expect(angleAt(j.hip, j.knee, j.ankle), 'knees bent').to.be.below(150);
    expect(angleAt(j.shoulders, j.pelvis, j.knee), 'hips bent').to.be.below(150);
    expect(fromVertical(j.pelvis, j.shoulders), 'back close to upright').to.be.below(20);
    expect(
      Math.hypot(j.fingers.x - j.chest.x, j.fingers.y - j.chest.y),
      'baby near the torso',
    ).to.be.below(0.3);
    for (const part of ['ankle', 'toe', 'ankle2', 'toe2'])
      expect(onGround(j[part]), part).to.be.closeTo(0, 0.012);
  });

  it('cradle hold: upright, the baby across the front at breast height, head in the elbow', () => {
    checkCradle(cradle);
  });

  it('carrying: standing tall, the baby upright, centred on the torso and held to it', () => {
    checkCarrying(carrying);
  });

  it('the hold checks fail for a wrong pose', () => {
    // The cradle with the arms hanging by the sides, and with the trunk leaning to one side.
    const hanging = [...cradle.slice(0, 5), -90, -90, 0, ...cradle.slice(8, 11), -90, -90, 0];
    expect(() => checkCradle([...hanging, ...cradle.slice(14)])).to.throw();
    expect(() => checkCradle([cradle[0], 80, ...cradle.slice(2)])).to.throw();
    // Carrying with the hands down at the hips, and stooped forward (seen from the side).
    expect(() =>
      checkCarrying([...carrying.slice(0, 5), -92, -88, 0, ...carrying.slice(8)]),
    ).to.throw();
    expect(() => checkCarrying([0, 70, ...carrying.slice(2)])).to.throw();
  });

  it('feeding, seated: upright against the chair, thighs level, feet flat on the stool', () => {
    for (const pose of [football, cradle]) {
      const j = named(pose);
      expect(fromVertical(j.pelvis, j.shoulders), 'upright').to.be.below(8);
      for (const part of ['ankle', 'toe']) expect(onGround(j[part]), part).to.be.closeTo(0, 0.012);
    }
    const side = named(football);
    expect(Math.abs(side.knee.y - side.hip.y), 'thighs level').to.be.below(0.04);
  });
});
