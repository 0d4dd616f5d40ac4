import { type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';
/** The six exercises of the source article, in the order the article gives them. */
export declare const exerciseIds: readonly ["cat-cow", "childs-pose", "bridge", "pelvic-circles", "scapular-retraction", "doorway-pec-stretch"];
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
export declare const exerciseFacts: Readonly<Record<ExerciseId, ExerciseFacts>>;
/**
 * "Had a Caesarean, stitches or a difficult birth? Ask first": not in the article, so it is
 * credited to the public-health guidance on exercise after birth.
 */
export declare const beforeYouStartProvenance: Provenance;
/** "Stop if it hurts, and see a physical therapist": O'Sullivan's and Orvis's advice. */
export declare const stopIfItHurtsProvenance: Provenance;
export declare function isExerciseId(value: string): value is ExerciseId;
