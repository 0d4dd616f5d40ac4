import { editorial, fromArticle, fromPublicHealth, type Provenance } from '../shared/provenance.js';
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
  /** The physical therapist the article quotes for this exercise. */
  readonly clinician: ClinicianId;
  readonly equipment: Equipment;
  /**
   * The exercise and how to do it are the therapist's; what it helps, what you need and the
   * finer points of the steps are partly our own words.
   */
  readonly provenance: readonly Provenance[];
}

function exercise(clinician: ClinicianId, equipment: Equipment): ExerciseFacts {
  return { clinician, equipment, provenance: [fromArticle(clinician), editorial] };
}

export const exerciseFacts: Readonly<Record<ExerciseId, ExerciseFacts>> = {
  'cat-cow': exercise('vystejnova', 'mat'),
  'childs-pose': exercise('orvis', 'mat'),
  bridge: exercise('osullivan', 'mat'),
  'pelvic-circles': exercise('orvis', 'none'),
  'scapular-retraction': exercise('orvis', 'resistance-band'),
  'doorway-pec-stretch': exercise('orvis', 'doorway'),
};

/**
 * "Had a Caesarean, stitches or a difficult birth? Ask first": not in the article, so it is
 * credited to the public-health guidance on exercise after birth.
 */
export const beforeYouStartProvenance = fromPublicHealth(
  {
    title: 'Exercise After Pregnancy',
    publisher: 'American College of Obstetricians and Gynecologists (ACOG)',
    url: 'https://www.acog.org/womens-health/faqs/exercise-after-pregnancy',
  },
  { title: 'Exercise after pregnancy', publisher: 'NHS' },
);

/** "Stop if it hurts, and see a physical therapist": O'Sullivan's and Orvis's advice. */
export const stopIfItHurtsProvenance = fromArticle('osullivan', 'orvis');

export function isExerciseId(value: string): value is ExerciseId {
  return (exerciseIds as readonly string[]).includes(value);
}
