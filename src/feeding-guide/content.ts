import type { ClinicianId } from '../shared/sources.js';

/** The three holds the source article names, in the order it gives them. */
export const feedingPositions = ['football', 'cradle', 'side-lying'] as const;

export type FeedingPosition = (typeof feedingPositions)[number];

/** How the reader feeds: the wording adapts, the advice is the same. */
export const feedingTypes = ['breast', 'bottle', 'both'] as const;

export type FeedingType = (typeof feedingTypes)[number];

/** Ways to set up a place to feed, in the order the article gives them. */
export const setupTipIds = ['pillow', 'chair', 'bed', 'places', 'alternate'] as const;

export type SetupTipId = (typeof setupTipIds)[number];

/** Facts about one piece of advice that do not depend on the reader's language. */
export interface FeedingFacts {
  readonly clinician: ClinicianId;
  readonly lastReviewed: string;
}

const orvis: FeedingFacts = { clinician: 'orvis', lastReviewed: '2026-11-24' };

export const positionFacts: Readonly<Record<FeedingPosition, FeedingFacts>> = {
  football: orvis,
  cradle: orvis,
  'side-lying': orvis,
};

export const setupFacts: Readonly<Record<SetupTipId, FeedingFacts>> = {
  pillow: orvis,
  chair: orvis,
  bed: orvis,
  places: orvis,
  alternate: orvis,
};

const allFacts = [...Object.values(positionFacts), ...Object.values(setupFacts)];

/** Everyone whose advice the guide shows, each once, for the credit line. */
export const feedingGuideClinicians: readonly ClinicianId[] = [
  ...new Set(allFacts.map((facts) => facts.clinician)),
];

/** The most recent review date of any piece of the guide. */
export const feedingGuideLastReviewed: string = allFacts
  .map((facts) => facts.lastReviewed)
  .reduce((latest, date) => (date > latest ? date : latest));

export function isFeedingPosition(value: string): value is FeedingPosition {
  return (feedingPositions as readonly string[]).includes(value);
}

export function isFeedingType(value: string): value is FeedingType {
  return (feedingTypes as readonly string[]).includes(value);
}
