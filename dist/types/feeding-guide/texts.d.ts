import type { FeedingPosition, FeedingType, SetupTipId } from './content.js';
/**
 * Words that may depend on how the reader feeds (`breast`, `bottle` or `both`), so "nurse",
 * "give the bottle" and "feed" can each read naturally: one text, or one per way of feeding.
 */
export type ForFeeding = string | Readonly<Record<FeedingType, string>>;
/** The wording for how the reader feeds; the same code serves every language. */
export declare function forFeeding(text: ForFeeding, feeding: FeedingType): string;
export interface HoldText {
    /** The hold's name, shown on its tab and as its heading in print. */
    readonly name: string;
    /** Short steps, one action each. */
    readonly steps: readonly ForFeeding[];
    /** Why the hold is easier on the back. */
    readonly why: ForFeeding;
    /** Text alternative of the illustration. */
    readonly illustrationAlt: string;
}
export interface SetupTipText {
    /** A few words that name the tip, shown in bold before it. */
    readonly title: string;
    readonly text: ForFeeding;
}
export interface FeedingGuideText {
    readonly heading: ForFeeding;
    readonly intro: ForFeeding;
    /** Accessible name of the tab list of holds. */
    readonly holdsLabel: string;
    readonly holds: Readonly<Record<FeedingPosition, HoldText>>;
    readonly stepsLabel: string;
    readonly whyLabel: string;
    readonly setupHeading: string;
    readonly setup: Readonly<Record<SetupTipId, SetupTipText>>;
    /** Safe-sleep notes: beside the side-lying hold, and after the nursing-pillow tip. */
    readonly safeSleep: {
        readonly sideLying: string;
        readonly pillow: string;
    };
    /** Label that starts each safe-sleep note. */
    readonly safeSleepLabel: string;
}
