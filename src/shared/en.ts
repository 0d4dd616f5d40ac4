import type { CommonText, LocaleMeta } from './texts.js';

/** English is built into every element; these are the words all of them share. */
export const meta: LocaleMeta = {
  translatedBy: 'Original English text by the postpartum-backcare maintainers',
  reviewStatus: 'Checked against the source article on 2026-11-24; not yet reviewed by a clinician',
  formality: '',
};

export const common: CommonText = {
  disclaimer:
    'For education only, not medical advice. Ask your own clinician what is right for you.',
  stopIfItHurts:
    'Stop if you feel any discomfort, and make an appointment with a physical therapist.',
  recommendedBy: 'Recommended by',
  basedOnAdviceFrom: 'Based on advice from',
  sourceLabel: 'Source',
  lastReviewed: 'Content last reviewed {date}',
  clinicianTitles: {
    vystejnova: 'Women’s health physical therapist',
    orvis: 'Physical therapist',
    osullivan: 'Physical therapist',
  },
};
