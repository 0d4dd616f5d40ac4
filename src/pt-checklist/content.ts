import { fromArticle, type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';

/** How soon to act, from least to most urgent; a checklist's result is its most urgent tick. */
export const urgencyLevels = ['none', 'routine', 'soon', 'now'] as const;

export type UrgencyLevel = (typeof urgencyLevels)[number];

/** The levels an item can carry (an item is never "nothing to do"). */
export const itemLevels = ['routine', 'soon', 'now'] as const;

export type ItemLevel = (typeof itemLevels)[number];

/** The source article's reasons to see a physical therapist, in the order it gives them. */
export const ptItemIds = ['exercise-pain', 'six-weeks', 'new-daily-pain', 'want-guidance'] as const;

export type PtItemId = (typeof ptItemIds)[number];

export interface PtItemFacts {
  readonly level: ItemLevel;
  readonly clinicians: readonly ClinicianId[];
}

const osullivanAndOrvis: readonly ClinicianId[] = ['osullivan', 'orvis'];

export const ptItemFacts: Readonly<Record<PtItemId, PtItemFacts>> = {
  // "Stop and make an appointment" and "schedule a visit for guidance" are the advice of
  // "these experts", O'Sullivan and Orvis. The six-week and new-daily-pain quote has no named
  // speaker: it is credited to the article's therapists as a group (no names).
  'exercise-pain': { level: 'now', clinicians: osullivanAndOrvis },
  'six-weeks': { level: 'soon', clinicians: [] },
  'new-daily-pain': { level: 'soon', clinicians: [] },
  'want-guidance': { level: 'routine', clinicians: osullivanAndOrvis },
};

export const ptChecklistFacts = {
  clinicians: osullivanAndOrvis,
  /** The check-up the article names as the moment to raise lasting pain. */
  checkupWeek: 6,
  /** The checklist covers the first two years after the birth. */
  maxWeeks: 104,
  provenance: [fromArticle('osullivan', 'orvis'), fromArticle()] as readonly Provenance[],
  maxYears: 2,
} as const;

/** The more urgent of two levels. */
export function higherLevel(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return urgencyLevels.indexOf(a) >= urgencyLevels.indexOf(b) ? a : b;
}
