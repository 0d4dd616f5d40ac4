import { type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';
/**
 * The moments the source article names for back pain felt most when picking up or carrying
 * a baby. Rolling over is grouped with bending: the article gives both the same advice
 * (engage the core first).
 */
export declare const liftingMoments: readonly ["lifting", "carrying", "bending"];
export type LiftingMoment = (typeof liftingMoments)[number];
/** Every value the `moment` attribute accepts; `rolling` is another name for `bending`. */
export declare const momentChoices: readonly ["all", "lifting", "carrying", "bending", "rolling"];
export type MomentChoice = (typeof momentChoices)[number];
export declare function isLiftingMoment(value: string): value is LiftingMoment;
/** Moments the article ties to engaging the core first. */
export declare const coreFirstMoments: readonly LiftingMoment[];
export declare const liftingTipsFacts: {
    /** The article gives these tips as "O'Sullivan and Orvis recommend". */
    readonly clinicians: readonly ClinicianId[];
    /** The "zip up a pair of tight pants" cue is Orvis's. */
    readonly coreCueClinician: ClinicianId;
    /** The tips, the core cue and "stop if it hurts" are all O'Sullivan's and Orvis's. */
    readonly provenance: readonly Provenance[];
};
