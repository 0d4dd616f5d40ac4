import { type Provenance } from '../shared/provenance.js';
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
/** Each hold is Orvis's; the steps and "why it helps" are partly our own words. */
export declare const positionProvenance: Readonly<Record<FeedingPosition, readonly Provenance[]>>;
export declare const setupProvenance: Readonly<Record<SetupTipId, Provenance>>;
/** The safe-sleep notes beside the side-lying hold and the nursing pillow. */
export declare const safeSleepProvenance: Provenance;
/** Everything the guide shows, for its fine print. */
export declare const feedingGuideProvenance: readonly Provenance[];
/** The therapist the article quotes for the guide's advice. */
export declare const feedingGuideClinicians: readonly ClinicianId[];
export declare function isFeedingPosition(value: string): value is FeedingPosition;
export declare function isFeedingType(value: string): value is FeedingType;
