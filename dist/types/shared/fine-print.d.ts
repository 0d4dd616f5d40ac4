import { type TemplateResult } from 'lit';
import type { Provenance } from './provenance.js';
import type { Review } from './review.js';
import { type ClinicianId } from './sources.js';
import { type CommonText } from './texts.js';
import type { Formatter } from './format.js';
/** "Brook Orvis, PT, DPT, …, Physical therapist, Duke Health" */
export declare function clinicianLine(common: CommonText, id: ClinicianId): string;
/** What the fine print says: who is credited, what the content rests on, its review. */
export interface FinePrint {
    readonly common: CommonText;
    readonly format: Formatter;
    /** The clinicians the source names for the widget's main advice; may be empty. */
    readonly credited: readonly ClinicianId[];
    readonly creditLabel?: string;
    /** The provenance of every entry the widget shows. */
    readonly entries: readonly Provenance[];
    readonly review: Review | undefined;
    /** Whether the widget shows a translation (then its own review status follows). */
    readonly translated: boolean;
}
/**
 * The foot of every widget: who gave the advice (only where the source names them), every
 * source, in plain words what kind of source each part rests on, the disclaimer, and the
 * review status. It never claims a clinical review unless the embedder named one.
 */
export declare function finePrint(p: FinePrint): TemplateResult;
