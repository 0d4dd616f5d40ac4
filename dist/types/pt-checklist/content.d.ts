import { type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';
/** How soon to act, from least to most urgent; a checklist's result is its most urgent tick. */
export declare const urgencyLevels: readonly ["none", "routine", "soon", "now", "emergency"];
export type UrgencyLevel = (typeof urgencyLevels)[number];
/** The levels an item can carry (an item is never "nothing to do"). */
export declare const itemLevels: readonly ["routine", "soon", "now", "emergency"];
export type ItemLevel = (typeof itemLevels)[number];
/**
 * The built-in items, most urgent first: the warning signs (public-health guidance), then
 * the source article's reasons to see a physical therapist, in the order it gives them.
 */
export declare const builtInItemIds: readonly ["warning-sign", "exercise-pain", "six-weeks", "new-daily-pain", "want-guidance"];
export type BuiltInItemId = (typeof builtInItemIds)[number];
export interface BuiltInItemFacts {
    readonly level: ItemLevel;
    /** Who gave the advice, only where the source names them. */
    readonly clinicians: readonly ClinicianId[];
    /** Whether the advice is the article's (else public-health guidance). */
    readonly fromArticle: boolean;
}
export declare const builtInItemFacts: Readonly<Record<BuiltInItemId, BuiltInItemFacts>>;
export declare const ptChecklistFacts: {
    readonly clinicians: readonly ClinicianId[];
    /** The check-up the article names as the moment to raise lasting pain. */
    readonly checkupWeek: 6;
    /** The checklist covers the first two years after the birth. */
    readonly maxWeeks: 104;
    readonly provenance: readonly Provenance[];
    readonly maxYears: 2;
};
/** The more urgent of two levels. */
export declare function higherLevel(a: UrgencyLevel, b: UrgencyLevel): UrgencyLevel;
