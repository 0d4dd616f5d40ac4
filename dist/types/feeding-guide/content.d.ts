import type { ClinicianId } from '../shared/sources.js';
/** The three holds the source article names, in the order it gives them. */
export declare const feedingPositions: readonly ["football", "cradle", "side-lying"];
export type FeedingPosition = (typeof feedingPositions)[number];
/** How the reader feeds: the wording adapts, the advice is the same. */
export declare const feedingTypes: readonly ["breast", "bottle", "both"];
export type FeedingType = (typeof feedingTypes)[number];
/** Ways to set up a place to feed, in the order the article gives them. */
export declare const setupTipIds: readonly ["pillow", "chair", "bed", "places", "alternate"];
export type SetupTipId = (typeof setupTipIds)[number];
/** Facts about one piece of advice that do not depend on the reader's language. */
export interface FeedingFacts {
    readonly clinician: ClinicianId;
    readonly lastReviewed: string;
}
export declare const positionFacts: Readonly<Record<FeedingPosition, FeedingFacts>>;
export declare const setupFacts: Readonly<Record<SetupTipId, FeedingFacts>>;
/** Everyone whose advice the guide shows, each once, for the credit line. */
export declare const feedingGuideClinicians: readonly ClinicianId[];
/** The most recent review date of any piece of the guide. */
export declare const feedingGuideLastReviewed: string;
export declare function isFeedingPosition(value: string): value is FeedingPosition;
export declare function isFeedingType(value: string): value is FeedingType;
