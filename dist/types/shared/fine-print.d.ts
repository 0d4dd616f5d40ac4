import { type TemplateResult } from 'lit';
import { type ClinicianId } from './sources.js';
import { type CommonText } from './texts.js';
import type { Formatter } from './format.js';
/** "Brook Orvis, PT, DPT, …, Physical therapist, Duke Health" */
export declare function clinicianLine(common: CommonText, id: ClinicianId): string;
/**
 * The credit, source, disclaimer and review date at the foot of every widget: who gave the
 * advice matters as much as the advice.
 */
export declare function finePrint(common: CommonText, format: Formatter, lastReviewed: string, credited: readonly ClinicianId[], creditLabel?: string): TemplateResult;
