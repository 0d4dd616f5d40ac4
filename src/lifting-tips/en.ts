import type { LiftingTipsText } from './texts.js';

export const liftingTips: LiftingTipsText = {
  heading: 'Lifting and carrying your baby',
  intro:
    'Does your lower back hurt most when you pick up or carry your baby? These small changes take the strain off.',
  coreHeading: 'First, switch on your core',
  coreWhy:
    'Before you lift, bend over or roll over, gently tighten your core: the deep muscles around your belly and lower back. This keeps extra strain off your lower back.',
  coreCue: '{name}’s tip: imagine you are zipping up a pair of tight pants.',
  coreFeel:
    'You should feel a gentle squeeze deep inside your middle. It is not your six-pack muscles.',
  moments: {
    lifting: {
      heading: 'Lifting your baby out of a crib or play yard',
      dos: [
        'Stand as close to the crib or play yard as you can.',
        'Face your baby straight on.',
        'Tighten your core before you lift.',
        'Bend at your knees and hips.',
      ],
      donts: [
        'Lift and twist at the same time. Twisting while you lift strains your back.',
        'Bend your back to reach down.',
      ],
    },
    carrying: {
      heading: 'Carrying your baby',
      dos: [
        'Hold your baby near the middle of your body, where a baby carrier would hold them. This spreads their weight evenly.',
        'If you carry your baby on one side, switch sides as often as you can.',
      ],
      donts: ['Always carry your baby on the same side.'],
    },
    bending: {
      heading: 'Bending over and rolling over',
      dos: ['Tighten your core before you bend over.', 'Tighten your core before you roll over.'],
      donts: ['Bend or roll over without tightening your core first.'],
    },
  },
  doHeading: 'Do',
  dontHeading: 'Don’t',
  doPrefix: 'Do:',
  dontPrefix: 'Do not:',
  illustrationAlt:
    'A parent standing close to a crib and facing it, knees and hips bent and back straight, lifting a baby out with both hands, close to the body.',
};
