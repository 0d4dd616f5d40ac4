import type { PtChecklistText } from './texts.js';

const emergency =
  'Get medical care now. Call your doctor, midwife or care team. If you cannot reach them, go to the emergency room or call 911.';

export const ptChecklist: PtChecklistText = {
  heading: 'When to see a physical therapist',
  intro: 'Tick anything that is true for you to see your next step.',
  introWithoutScript: 'If one of these is true for you, do what it says under it.',
  itemsLabel: 'What applies to you?',
  items: {
    'warning-sign': {
      label: 'You have a sign from the “Warning signs” list, such as back pain with a fever.',
      action: 'Get medical care now. Do not wait to see a physical therapist.',
      step: emergency,
    },
    'exercise-pain': {
      label: 'You feel pain or discomfort while you do the exercises.',
      action: 'Stop right away, and make an appointment with a physical therapist.',
      step: 'Stop the exercise right away. Make an appointment with a physical therapist, so they can find out what is wrong.',
    },
    'six-weeks': {
      label:
        'It has been six weeks or more since the birth, and your back still aches or you do not feel right.',
      action:
        'Tell your OB-GYN (the doctor for your pregnancy and birth). They can refer you to a physical therapist, or you can refer yourself.',
      // The reader says six weeks have passed, so this never waits for the check-up.
      step: 'Now is the time to tell your OB-GYN, so they can refer you to a physical therapist. Or refer yourself. Do not wait for it to get worse.',
    },
    'new-daily-pain': {
      label: 'You did not have back pain before, and now it is becoming an everyday thing.',
      action: 'See someone before it gets worse.',
      step: {
        unknown:
          'Contact your care team or a physical therapist soon. See someone before the pain gets worse.',
        before:
          'Contact your care team soon. Do not wait for your six-week check-up. See someone before the pain gets worse.',
        after:
          'Now is the time to tell your OB-GYN, so they can refer you to a physical therapist. Or refer yourself. Do not wait for it to get worse.',
      },
    },
    'want-guidance': {
      label: 'You would like help getting your back back to full strength.',
      action: 'A visit to a physical therapist can guide you.',
      step: {
        unknown:
          'A physical therapist can help you get your back back to full strength. Book a visit when it suits you.',
        before:
          'A physical therapist can help you get your back back to full strength. Ask about it at your six-week check-up.',
        after:
          'A physical therapist can help you get your back back to full strength. You can book a visit now.',
      },
    },
  },
  and: 'and',
  adviceFrom: 'Advice from {names}.',
  adviceFromArticle: 'Advice from the physical therapists in the article.',
  adviceFromPublicHealth: 'From public-health advice.',
  birthDateLabel: 'Your baby’s birth date (optional)',
  birthDateHint: 'It stays on this device. It is only used to count the weeks since the birth.',
  birthDateOnPaper: 'Baby’s birth date: {date}',
  clearDate: 'Clear date',
  birthThisWeek: 'The birth was less than a week ago.',
  weeksSince: {
    one: 'It has been {n} week since the birth.',
    other: 'It has been {n} weeks since the birth.',
  },
  birthDateProblems: {
    future: 'That date is in the future. Check the birth date and try again.',
    unreadable: 'We could not read that date. Enter the day, month and year of the birth.',
    'too-old':
      'That is more than two years ago. This checklist is for the first two years after a birth.',
  },
  resultHeading: 'Your next step',
  levels: {
    none: 'Nothing ticked',
    routine: 'When it suits you',
    soon: 'Book soon',
    now: 'Today',
    emergency: 'Emergency',
  },
  urgencyPrefix: {
    none: 'Urgency: none – ',
    routine: 'Urgency: routine – ',
    soon: 'Urgency: soon – ',
    now: 'Urgency: today – ',
    emergency: 'Urgency: emergency – ',
  },
  customSteps: {
    routine: 'Bring this up with your care team at your next visit.',
    soon: 'Contact your care team soon, in the next few days.',
    now: 'Contact your doctor, midwife or care team today. Do not wait.',
    emergency,
  },
  nothingTicked:
    'Nothing is ticked. That does not mean all is well. If you have a sign from the “Warning signs” list, get medical care now.',
  nothingTickedNext: {
    unknown: 'Keep this list, and come back to it if anything changes.',
    before: 'If your back still aches at six weeks, tell your OB-GYN at your six-week check-up.',
    after: 'If back pain starts and becomes an everyday thing, see someone before it gets worse.',
  },
  rememberNote:
    'Your ticks and the birth date are saved on this device only, so they are here next time.',
  clearAnswers: 'Clear my answers',
};
