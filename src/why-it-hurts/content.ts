import { editorial, fromArticle, type Provenance } from '../shared/provenance.js';

/** The reasons the source article gives for postpartum back pain, in its order. */
export const painCauses = ['relaxin', 'weak-abdominals', 'carrying-bending', 'feeding'] as const;

export type PainCause = (typeof painCauses)[number];

export function isPainCause(value: string): value is PainCause {
  return (painCauses as readonly string[]).includes(value);
}

export const whyItHurtsFacts = {
  /**
   * The explanation and the hopeful summary are the article writer's own account, with no
   * named speaker, so no clinician is credited; the plain-word glosses are ours.
   */
  provenance: [fromArticle(), editorial] as readonly Provenance[],
} as const;
