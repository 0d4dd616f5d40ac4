import { editorial, fromArticle, fromPublicHealth, type Provenance } from '../shared/provenance.js';
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

const orvis = fromArticle('orvis');

/** Each hold is Orvis's; the steps and "why it helps" are partly our own words. */
export const positionProvenance: Readonly<Record<FeedingPosition, readonly Provenance[]>> = {
  football: [orvis, editorial],
  cradle: [orvis, editorial],
  'side-lying': [orvis, editorial],
};

export const setupProvenance: Readonly<Record<SetupTipId, Provenance>> = {
  pillow: orvis,
  chair: orvis,
  bed: orvis,
  // The article says this in its own voice, not as a therapist's quote.
  places: fromArticle(),
  alternate: orvis,
};

/** The safe-sleep notes beside the side-lying hold and the nursing pillow. */
export const safeSleepProvenance = fromPublicHealth(
  {
    title: 'Sleep-Related Infant Deaths: Updated 2022 Recommendations',
    publisher: 'American Academy of Pediatrics (AAP)',
  },
  {
    title: 'Safe to Sleep',
    publisher: 'NICHD',
    url: 'https://safetosleep.nichd.nih.gov/',
  },
);

/** Everything the guide shows, for its fine print. */
export const feedingGuideProvenance: readonly Provenance[] = [
  ...Object.values(positionProvenance).flat(),
  ...Object.values(setupProvenance),
  safeSleepProvenance,
];

/** The therapist the article quotes for the guide's advice. */
export const feedingGuideClinicians: readonly ClinicianId[] = ['orvis'];

export function isFeedingPosition(value: string): value is FeedingPosition {
  return (feedingPositions as readonly string[]).includes(value);
}

export function isFeedingType(value: string): value is FeedingType {
  return (feedingTypes as readonly string[]).includes(value);
}
