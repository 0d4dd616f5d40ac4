import type { ClinicianId } from '../shared/sources.js';
/** The six exercises of the source article, in the order the article gives them. */
export declare const exerciseIds: readonly ["cat-cow", "childs-pose", "bridge", "pelvic-circles", "scapular-retraction", "doorway-pec-stretch"];
export type ExerciseId = (typeof exerciseIds)[number];
export type Equipment = 'mat' | 'resistance-band' | 'doorway' | 'none';
/** Facts about an exercise that do not depend on the reader's language. */
export interface ExerciseFacts {
    readonly clinician: ClinicianId;
    readonly equipment: Equipment;
    readonly lastReviewed: string;
}
export declare const exerciseFacts: Readonly<Record<ExerciseId, ExerciseFacts>>;
export declare function isExerciseId(value: string): value is ExerciseId;
