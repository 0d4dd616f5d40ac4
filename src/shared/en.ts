import type { CommonText, LocaleMeta } from './texts.js';

/** English is built into every element; these are the words all of them share. */
export const meta: LocaleMeta = {
  translatedBy: 'Original English text by the postpartum-backcare maintainers',
  reviewStatus: 'Checked against the source article on 2026-11-24; not yet reviewed by a clinician',
  formality: '',
  reviewedBy: '',
  reviewedOn: '',
};

export const common: CommonText = {
  disclaimer:
    'This is to help you learn. It is not medical advice. Ask your own clinician what is right for you.',
  stopIfItHurts:
    'Stop if you feel any discomfort. Then make an appointment with a physical therapist.',
  recommendedBy: 'Recommended by',
  basedOnAdviceFrom: 'Based on advice from',
  sourcesLabel: 'Sources',
  bases: {
    article: 'Advice from the article, in plain words.',
    'public-health': 'Safety notes from public-health guidance.',
    editorial: 'Some steps and explanations are in our own words.',
  },
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  dateFormat: '{month} {day}, {year}',
  notReviewed: 'Checked against its sources on {date}. Not yet reviewed by a clinician.',
  reviewed: 'Reviewed by {name} on {date}.',
  translationStatus: 'Original English text.',
  clinicianTitles: {
    vystejnova: 'Women’s health physical therapist',
    orvis: 'Physical therapist',
    osullivan: 'Physical therapist',
  },
};
