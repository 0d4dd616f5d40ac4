import type { FeedingGuideText } from './texts.js';

export const feedingGuide: FeedingGuideText = {
  heading: {
    breast: 'Nursing holds that go easy on your back',
    bottle: 'Bottle-feeding holds that go easy on your back',
    both: 'Feeding holds that go easy on your back',
  },
  intro: {
    breast:
      'Nursing many times a day, often hunched over to help your baby latch, adds up in your back. These holds can help take pressure off it.',
    bottle:
      'Giving the bottle many times a day, often hunched over, adds up in your back, whether or not you gave birth. The nursing holds work for bottles too, and they can help take pressure off your back.',
    both: 'Feeding your baby many times a day, often hunched over, adds up in your back. That goes for nursing and bottle-feeding, whether or not you gave birth. These holds can help take pressure off your back.',
  },
  holdsLabel: 'Holds',
  holds: {
    football: {
      name: 'Football hold',
      steps: [
        'Sit with your back supported and a pillow at your side.',
        'Lay your baby on the pillow along your side, legs pointing toward your back.',
        'Tuck your baby under your arm, like a football. Hold their head and neck in your hand.',
        {
          breast: 'Bring your baby up to the breast on that side.',
          bottle: 'Hold the bottle in your free hand.',
          both: 'Bring your baby up to the breast on that side, or hold the bottle in your free hand.',
        },
      ],
      why: 'The pillow holds your baby up at your side, so you can sit back against the chair instead of leaning over.',
      illustrationAlt:
        'A parent sitting upright in a chair with a pillow at their side. The baby lies on the pillow along the parent’s side, tucked under their arm, head to the front.',
    },
    cradle: {
      name: 'Cradle hold',
      steps: [
        'Sit with your back supported and your feet on a footstool.',
        'Put a nursing pillow on your lap.',
        'Lay your baby on the pillow across the front of your body, tummy toward you, head in the bend of your arm.',
        {
          breast: 'Bring your baby up to your breast instead of leaning down.',
          bottle:
            'Hold the bottle in your free hand. Bring your baby up to you instead of leaning down.',
          both: 'Bring your baby up to you instead of leaning down. For a bottle, hold it in your free hand.',
        },
      ],
      why: 'The pillow keeps your baby close to your chest, so you can sit tall with a straight back instead of hunching.',
      illustrationAlt:
        'A parent seen from the front, sitting up straight against the back of a chair, with their feet on a footstool and a pillow on their lap. The baby lies on the pillow across the front of the parent’s body at chest height, head in the bend of one elbow. That arm runs under the baby, and the other hand is under the baby’s bottom.',
    },
    'side-lying': {
      name: 'Side-lying hold',
      steps: [
        'Lie on your side in bed with a pillow under your head.',
        'Lay your baby on their side facing you, close to your body.',
        {
          breast: 'Bring your baby in line with your lower breast.',
          bottle: 'Hold the bottle in your upper hand.',
          both: 'Bring your baby in line with your lower breast, or hold the bottle in your upper hand.',
        },
      ],
      why: {
        breast:
          'You nurse your baby lying down, resting on the bed, instead of sitting bent over. It also makes a change from the sitting holds.',
        bottle:
          'You give your baby the bottle lying down, resting on the bed, instead of sitting bent over. It also makes a change from the sitting holds.',
        both: 'You feed your baby lying down, resting on the bed, instead of sitting bent over. It also makes a change from the sitting holds.',
      },
      illustrationAlt:
        'Seen from above: a parent lying on their side in bed, head on a pillow, knees drawn up, the lower arm above the baby’s head. The baby lies on the firm mattress facing the parent’s chest, with no pillow or blanket near it.',
    },
  },
  stepsLabel: 'How to do it',
  whyLabel: 'Why it helps your back',
  setupHeading: 'Set up your feeding spot',
  setup: {
    pillow: {
      title: 'A nursing pillow',
      text: {
        breast:
          'A firm pillow made for feeding, such as a Boppy or My Breast Friend, holds your baby up close to your chest while you nurse. You don’t have to hunch over, and your spine stays in line.',
        bottle:
          'A firm pillow made for feeding, such as a Boppy, holds your baby up close to your chest while you give the bottle. You don’t have to hunch over, and your spine stays in line.',
        both: 'A firm pillow made for feeding, such as a Boppy or My Breast Friend, holds your baby up close to your chest while you feed. You don’t have to hunch over, and your spine stays in line.',
      },
    },
    chair: {
      title: 'A chair that holds your back',
      text: 'Sit with your back supported, for example in a recliner or a rocker. Rest your feet or legs on something, like a footstool.',
    },
    bed: {
      title: 'In bed',
      text: 'Sit up straight with your back against the headboard.',
    },
    places: {
      title: 'More than one spot',
      text: {
        breast: 'Set up a few places at home where you can nurse your baby with good support.',
        bottle:
          'Set up a few places at home where you can give your baby the bottle with good support.',
        both: 'Set up a few places at home where you can feed your baby with good support.',
      },
    },
    alternate: {
      title: 'Switch holds',
      text: 'Change the hold you use from one feed to the next.',
    },
  },
  safeSleepLabel: 'Safe sleep',
  safeSleep: {
    sideLying:
      'If you might fall asleep while you feed in bed, keep pillows and blankets away from your baby. When you wake, move your baby back to their own crib or bassinet. The safest place for your baby to sleep is on their back, alone, on a firm, flat surface.',
    pillow: 'A nursing pillow is for feeding while you are awake. Never let your baby sleep on it.',
  },
};
