import { fromArticle, type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';

/**
 * The moments the source article names for back pain felt most when picking up or carrying
 * a baby. Rolling over is grouped with bending: the article gives both the same advice
 * (engage the core first).
 */
export const liftingMoments = ['lifting', 'carrying', 'bending'] as const;

export type LiftingMoment = (typeof liftingMoments)[number];

/** Every value the `moment` attribute accepts; `rolling` is another name for `bending`. */
export const momentChoices = ['all', ...liftingMoments, 'rolling'] as const;

export type MomentChoice = (typeof momentChoices)[number];

export function isLiftingMoment(value: string): value is LiftingMoment {
  return (liftingMoments as readonly string[]).includes(value);
}

/** Moments the article ties to engaging the core first. */
export const coreFirstMoments: readonly LiftingMoment[] = ['lifting', 'bending'];

export const liftingTipsFacts = {
  /** The article gives these tips as "O'Sullivan and Orvis recommend". */
  clinicians: ['osullivan', 'orvis'] as readonly ClinicianId[],
  /** The "zip up a pair of tight pants" cue is Orvis's. */
  coreCueClinician: 'orvis' as ClinicianId,
  /** The tips, the core cue and "stop if it hurts" are all O'Sullivan's and Orvis's. */
  provenance: [fromArticle('osullivan', 'orvis')] as readonly Provenance[],
} as const;
