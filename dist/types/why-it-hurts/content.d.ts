import { type Provenance } from '../shared/provenance.js';
/** The reasons the source article gives for postpartum back pain, in its order. */
export declare const painCauses: readonly ["relaxin", "weak-abdominals", "carrying-bending", "feeding"];
export type PainCause = (typeof painCauses)[number];
export declare function isPainCause(value: string): value is PainCause;
export declare const whyItHurtsFacts: {
    /**
     * The explanation and the hopeful summary are the article writer's own account, with no
     * named speaker, so no clinician is credited; the plain-word glosses are ours.
     */
    readonly provenance: readonly Provenance[];
};
