import type { ClinicianId } from '../shared/sources.js';
/** The reasons the source article gives for postpartum back pain, in its order. */
export declare const painCauses: readonly ["relaxin", "weak-abdominals", "carrying-bending", "feeding"];
export type PainCause = (typeof painCauses)[number];
export declare function isPainCause(value: string): value is PainCause;
export declare const whyItHurtsFacts: {
    /**
     * The explanation is the article's own, and the hopeful part gives the general advice of
     * the physical therapists it interviews, so all three are credited.
     */
    readonly clinicians: readonly ClinicianId[];
    readonly lastReviewed: "2026-11-24";
};
