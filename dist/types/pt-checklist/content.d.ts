import { type Provenance } from '../shared/provenance.js';
import type { ClinicianId } from '../shared/sources.js';
/** How soon to act, from least to most urgent; a checklist's result is its most urgent tick. */
export declare const urgencyLevels: readonly ["none", "routine", "soon", "now"];
export type UrgencyLevel = (typeof urgencyLevels)[number];
/** The levels an item can carry (an item is never "nothing to do"). */
export declare const itemLevels: readonly ["routine", "soon", "now"];
export type ItemLevel = (typeof itemLevels)[number];
/** The source article's reasons to see a physical therapist, in the order it gives them. */
export declare const ptItemIds: readonly ["exercise-pain", "six-weeks", "new-daily-pain", "want-guidance"];
export type PtItemId = (typeof ptItemIds)[number];
export interface PtItemFacts {
    readonly level: ItemLevel;
    readonly clinicians: readonly ClinicianId[];
}
export declare const ptItemFacts: Readonly<Record<PtItemId, PtItemFacts>>;
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
