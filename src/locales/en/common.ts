import type { CommonText, LocaleMeta } from '../types.js';

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
  lastReviewed: (date) => `Content last reviewed ${date}`,
  clinicianTitles: {
    vystejnova: 'Women’s health physical therapist',
    orvis: 'Physical therapist',
    osullivan: 'Physical therapist',
  },
};
