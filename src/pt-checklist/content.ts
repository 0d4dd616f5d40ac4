import { fromArticle, type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';
import { warningSignsProvenance } from '../warning-signs/content.js';

/** How soon to act, from least to most urgent; a checklist's result is its most urgent tick. */
export const urgencyLevels = ['none', 'routine', 'soon', 'now', 'emergency'] as const;

export type UrgencyLevel = (typeof urgencyLevels)[number];

/** The levels an item can carry (an item is never "nothing to do"). */
export const itemLevels = ['routine', 'soon', 'now', 'emergency'] as const;

export type ItemLevel = (typeof itemLevels)[number];

/**
 * The built-in items, most urgent first: the warning signs (public-health guidance), then
 * the source article's reasons to see a physical therapist, in the order it gives them.
 */
export const builtInItemIds = [
  'warning-sign',
  'exercise-pain',
  'six-weeks',
  'new-daily-pain',
  'want-guidance',
] as const;

export type BuiltInItemId = (typeof builtInItemIds)[number];

export interface BuiltInItemFacts {
  readonly level: ItemLevel;
  /** Who gave the advice, only where the source names them. */
  readonly clinicians: readonly ClinicianId[];
  /** Whether the advice is the article's (else public-health guidance). */
  readonly fromArticle: boolean;
}

const osullivanAndOrvis: readonly ClinicianId[] = ['osullivan', 'orvis'];

export const builtInItemFacts: Readonly<Record<BuiltInItemId, BuiltInItemFacts>> = {
  // Any warning sign needs care now, whatever else is ticked.
  'warning-sign': { level: 'emergency', clinicians: [], fromArticle: false },
  // "Stop immediately and make an appointment" and "schedule a visit for guidance" are the
  // advice of "these experts", O'Sullivan and Orvis: a visit to book, not an emergency. The
  // six-week and new-daily-pain quote has no named speaker: it is credited to the article's
  // therapists as a group (no names). New daily pain is "see someone before it progresses",
  // so it is never put off to the six-week check-up.
  'exercise-pain': { level: 'soon', clinicians: osullivanAndOrvis, fromArticle: true },
  'six-weeks': { level: 'soon', clinicians: [], fromArticle: true },
  'new-daily-pain': { level: 'soon', clinicians: [], fromArticle: true },
  'want-guidance': { level: 'routine', clinicians: osullivanAndOrvis, fromArticle: true },
};

export const ptChecklistFacts = {
  clinicians: osullivanAndOrvis,
  /** The check-up the article names as the moment to raise lasting pain. */
  checkupWeek: 6,
  /** The checklist covers the first two years after the birth. */
  maxWeeks: 104,
  provenance: [
    fromArticle('osullivan', 'orvis'),
    fromArticle(),
    ...warningSignsProvenance,
  ] as readonly Provenance[],
  maxYears: 2,
} as const;

/** The more urgent of two levels. */
export function higherLevel(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel {
  return urgencyLevels.indexOf(a) >= urgencyLevels.indexOf(b) ? a : b;
}
