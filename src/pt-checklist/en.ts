import type { PtChecklistText } from './texts.js';

const now =
  'Do not wait. Stop any exercise that causes pain, and make an appointment with a physical therapist or your clinic now.';

export const ptChecklist: PtChecklistText = {
  heading: 'When to see a physical therapist',
  intro: 'Tick anything that is true for you to see your next step.',
  itemsLabel: 'What applies to you?',
  items: {
    'exercise-pain': {
      label: 'You feel pain or discomfort while you do the exercises.',
      action: 'Stop right away, and make an appointment with a physical therapist.',
    },
    'six-weeks': {
      label:
        'It has been six weeks or more since the birth, and your back still aches or you do not feel right.',
      action:
        'Tell your OB-GYN. They can refer you to a physical therapist, or you can refer yourself.',
    },
    'new-daily-pain': {
      label: 'You did not have back pain before, and now it is becoming an everyday thing.',
      action: 'See someone before it gets worse.',
    },
    'want-guidance': {
      label: 'You would like help getting your back back to full strength.',
      action: 'A visit to a physical therapist can guide you.',
    },
  },
  adviceFrom: 'Advice from {names}.',
  adviceFromArticle: 'Advice from the physical therapists in the article.',
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
    now: 'Act now',
  },
  urgencyPrefix: {
    none: 'Urgency: none – ',
    routine: 'Urgency: routine – ',
    soon: 'Urgency: soon – ',
    now: 'Urgency: act now – ',
  },
  nextStep: {
    none: {
      unknown: 'Nothing is ticked. Keep this list, and come back to it if anything changes.',
      before:
        'Nothing is ticked. If your back still aches at six weeks, tell your OB-GYN at your six-week check-up.',
      after:
        'Nothing is ticked. If back pain starts and becomes an everyday thing, see someone before it gets worse.',
    },
    routine: {
      unknown:
        'A physical therapist can help you get your back back to full strength. Book a visit when it suits you.',
      before:
        'A physical therapist can help you get your back back to full strength. Ask about it at your six-week check-up.',
      after:
        'A physical therapist can help you get your back back to full strength. You can book a visit now.',
    },
    soon: {
      unknown:
        'Tell your OB-GYN, who can refer you to a physical therapist, or refer yourself. Do it soon, before the pain gets worse.',
      before:
        'Bring this up at your six-week check-up. Your OB-GYN can refer you to a physical therapist, or you can refer yourself. If it gets worse before then, do not wait.',
      after:
        'Now is the time to tell your OB-GYN, so they can refer you to a physical therapist. Or refer yourself. Do not wait for it to get worse.',
    },
    now: { unknown: now, before: now, after: now },
  },
  rememberNote:
    'Your ticks and the birth date are saved on this device only, so they are here next time.',
  clearAnswers: 'Clear my answers',
};
