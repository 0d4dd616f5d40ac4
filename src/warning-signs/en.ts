import type { WarningSignsText } from './texts.js';

export const warningSigns: WarningSignsText = {
  heading: 'Warning signs: get medical care now',
  intro:
    'These signs can mean a serious health problem. They can happen during pregnancy and up to a year after the birth.',
  maternalHeading: 'Get help right away if you have:',
  maternal: {
    headache: 'A headache that will not go away, or gets worse',
    dizziness: 'Dizziness or fainting',
    vision: 'Changes in your vision',
    fever: 'A fever of 100.4 °F (38 °C) or higher',
    swelling: 'Very swollen hands or face',
    breathing: 'Trouble breathing',
    chest: 'Chest pain, or a heart that beats fast',
    vomiting: 'Bad nausea and throwing up',
    'belly-pain': 'Bad belly pain that does not go away',
    bleeding: 'Heavy bleeding from the vagina, or fluid that smells bad',
    leg: 'A leg that is swollen, red or painful',
    tiredness: 'Feeling so tired you can hardly cope',
    harm: 'Thoughts of hurting yourself or your baby',
  },
  backHeading: 'Back pain with any of these needs emergency care:',
  back: {
    saddle: 'Numbness or tingling around your genitals, bottom or inner thighs',
    'bladder-bowel':
      'New trouble peeing, not being able to hold your pee or poop, or not feeling when you need to pee',
    'both-legs':
      'Weakness or numbness in both legs that is bad or getting worse, or pain down both legs',
    'fever-unwell': 'A fever, or feeling very unwell',
  },
  whatToDoHeading: 'What to do',
  whatToDo: [
    'Call your doctor, midwife or care team now.',
    'If you cannot reach them, go to the emergency room or call 911.',
    'Tell them you had a baby in the last year.',
  ],
  notComplete: 'This list does not cover everything. If something does not feel right, get help.',
  badge: 'Emergency',
};
