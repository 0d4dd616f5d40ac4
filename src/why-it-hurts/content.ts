import type { ClinicianId } from '../shared/sources.js';

/** The reasons the source article gives for postpartum back pain, in its order. */
export const painCauses = ['relaxin', 'weak-abdominals', 'carrying-bending', 'feeding'] as const;

export type PainCause = (typeof painCauses)[number];

export function isPainCause(value: string): value is PainCause {
  return (painCauses as readonly string[]).includes(value);
}

export const whyItHurtsFacts = {
  /**
   * The explanation is the article's own, and the hopeful part gives the general advice of
   * the physical therapists it interviews, so all three are credited.
   */
  clinicians: ['vystejnova', 'orvis', 'osullivan'] as readonly ClinicianId[],
  lastReviewed: '2026-11-24',
} as const;
