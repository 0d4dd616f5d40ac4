import type { ExercisesText } from './texts.js';

/** The six exercises in English: names, steps and what each helps. */
export const exercises: ExercisesText = {
  byId: {
    'cat-cow': {
      name: 'Cat-cow',
      searchName: 'cat-cow pose',
      helps: 'Gently moves your whole spine and eases a stiff, achy back.',
      steps: [
        'Get on your hands and knees, hands under your shoulders and knees under your hips.',
        'Round your back up toward the ceiling and let your head drop down.',
        'Slowly reverse: lift your head and lower your back until it is flat.',
        'Move slowly between the two positions.',
      ],
      illustrationAlt:
        'Two drawings of a person on hands and knees: first with the back rounded up and the head down, then with the head raised and the back flat.',
      motionAlt:
        'A person on hands and knees, moving slowly between rounding the back up with the head down and a flat back with the head raised.',
    },
    'childs-pose': {
      name: 'Child’s pose',
      searchName: 'child’s pose',
      helps: 'Stretches the muscles along your back and sides, including your lower back.',
      steps: [
        'Kneel on the mat and sit back toward your heels.',
        'Fold forward and reach your arms out along the mat.',
        'Rest here and breathe.',
        'To stretch one side, walk both hands over to the other side. Then switch.',
      ],
      illustrationAlt:
        'Two drawings of a person on a mat. First, from the side: kneeling and sitting back on their heels, body folded forward, arms stretched out in front. Then, from above: both hands walked over to one side, so the body curves.',
    },
    bridge: {
      name: 'Bridge',
      searchName: 'bridge exercise',
      helps: 'Strengthens your core and the muscles that support your lower back.',
      steps: [
        'Lie on your back with your knees bent, feet flat and arms by your sides.',
        'Gently tighten your core: the deep muscles around your belly and lower back.',
        'Slowly lift your hips off the floor, keeping your core tight the whole time.',
        'Slowly lower back down.',
      ],
      illustrationAlt:
        'Two drawings of a person lying on their back on a mat, knees bent, feet flat and arms by the sides: first resting, then with the hips lifted so the body makes a straight slope from knees to shoulders.',
      motionAlt:
        'A person lying on their back on a mat, knees bent and feet flat, slowly lifting the hips until the body makes a straight slope from knees to shoulders, then lowering them.',
    },
    'pelvic-circles': {
      name: 'Pelvic circles',
      searchName: 'pelvic rotations',
      helps: 'Loosens tension in your lower back.',
      steps: [
        'Stand with your feet apart and your hands on your hips.',
        'Draw slow circles with your hips in one direction, as if you were dancing.',
        'Then circle the other way.',
      ],
      illustrationAlt:
        'A person standing with hands on hips, with arrows circling the hips both clockwise and counterclockwise.',
    },
    'scapular-retraction': {
      name: 'Shoulder blade squeeze with a band',
      searchName: 'scapular retraction',
      helps: 'Strengthens the muscles between your shoulder blades that hold you upright.',
      steps: [
        'Hold a resistance band in both hands in front of you.',
        'Pull your hands out and apart, stretching the band.',
        'As you pull, squeeze your shoulder blades together.',
        'Slowly let your hands come back in.',
      ],
      illustrationAlt:
        'A person standing, seen from the front, holding a resistance band across the chest and pulling it apart with the arms out to the sides, with arrows showing the hands moving apart and the shoulder blades squeezing together.',
    },
    'doorway-pec-stretch': {
      name: 'Doorway chest stretch',
      searchName: 'doorway pec stretch',
      helps: 'Loosens a tight chest, which takes strain off your upper back.',
      steps: [
        'Stand in a doorway or at the corner of a wall.',
        'Press one hand against the door frame or wall.',
        'Step forward into a lunge and lean in until you feel a stretch across your chest.',
        'Come back out slowly, then do the other side.',
      ],
      illustrationAlt:
        'A person in a doorway with one hand pressed on the frame, stepping forward into a lunge to stretch the chest.',
    },
  },
  equipment: {
    mat: 'A mat or a soft spot on the floor',
    'resistance-band': 'A resistance band (a stretchy band for exercise)',
    doorway: 'A doorway or a wall corner',
    none: 'Nothing',
  },
  beforeYouStart:
    'Had a C-section (Caesarean birth), stitches or a hard birth? Ask your doctor or midwife before you start.',
  dose: {
    reps: { one: '{n} repetition', other: '{n} repetitions' },
    sets: { one: '{n} set', other: '{n} sets' },
    hold: { one: 'hold {n} second', other: 'hold {n} seconds' },
  },
};
