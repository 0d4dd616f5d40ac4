import type { WhyItHurtsText } from './texts.js';

export const whyItHurts: WhyItHurtsText = {
  heading: 'Why does my back hurt after having a baby?',
  intro: 'There are good reasons. Right now, a lot is working against your back:',
  causes: {
    relaxin: {
      title: 'A pregnancy hormone loosened you up.',
      text: 'Your body made a hormone called relaxin. It loosens your joints and ligaments (bands that hold bones together) to make room for your baby and let your pelvis shift for birth. It acts all over your body.',
    },
    'weak-abdominals': {
      title: 'Your stomach muscles are worn out.',
      text: 'They held up your bump for nine months, which can leave them weak. These muscles help support your back.',
    },
    'carrying-bending': {
      title: 'You carry and lift all day.',
      text: 'You carry your baby everywhere and bend over cribs and bassinets to pick them up.',
    },
    feeding: {
      title: 'Feeding makes you hunch.',
      text: 'While you feed your baby or help them latch, it is easy to hunch forward. Many times a day, that adds up.',
    },
  },
  hopeHeading: 'The good news',
  hope: 'This is common. With all that going on, it would be odd if your back didn’t hurt. But you don’t have to just live with it. Physical therapists recommend strengthening and stretching your back and stomach muscles regularly, and making small changes to how you hold, carry and lift your baby. Keep at it, and most everyday aches ease off or go away.',
  linksHeading: 'Where to start',
  illustrationAlt:
    'A parent seen from the front, standing tall, holding a baby upright against the middle of their chest, as in a baby carrier. The baby’s head is just under the parent’s chin, its legs bent out to the sides, and the parent has a hand on each side of the baby’s back.',
};
