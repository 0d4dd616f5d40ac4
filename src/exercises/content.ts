import type { ClinicianId } from '../shared/sources.js';

/** The six exercises of the source article, in the order the article gives them. */
export const exerciseIds = [
  'cat-cow',
  'childs-pose',
  'bridge',
  'pelvic-circles',
  'scapular-retraction',
  'doorway-pec-stretch',
] as const;

export type ExerciseId = (typeof exerciseIds)[number];

export type Equipment = 'mat' | 'resistance-band' | 'doorway' | 'none';

/** Facts about an exercise that do not depend on the reader's language. */
export interface ExerciseFacts {
  readonly clinician: ClinicianId;
  readonly equipment: Equipment;
  readonly lastReviewed: string;
}

export const exerciseFacts: Readonly<Record<ExerciseId, ExerciseFacts>> = {
  'cat-cow': { clinician: 'vystejnova', equipment: 'mat', lastReviewed: '2026-11-24' },
  'childs-pose': { clinician: 'orvis', equipment: 'mat', lastReviewed: '2026-11-24' },
  bridge: { clinician: 'osullivan', equipment: 'mat', lastReviewed: '2026-11-24' },
  'pelvic-circles': { clinician: 'orvis', equipment: 'none', lastReviewed: '2026-11-24' },
  'scapular-retraction': {
    clinician: 'orvis',
    equipment: 'resistance-band',
    lastReviewed: '2026-11-24',
  },
  'doorway-pec-stretch': { clinician: 'orvis', equipment: 'doorway', lastReviewed: '2026-11-24' },
};

export function isExerciseId(value: string): value is ExerciseId {
  return (exerciseIds as readonly string[]).includes(value);
}
