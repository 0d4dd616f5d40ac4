import type { PluralForms } from '../shared/texts.js';
import type { BuiltInItemId, ItemLevel, UrgencyLevel } from './content.js';
/** When the birth was, as far as the checklist knows: it shapes the advice. */
export type CheckupTiming = 'unknown' | 'before' | 'after';
/** A next step that reads the same whenever the birth was, or one worded for each timing. */
export type TimedText = string | Readonly<Record<CheckupTiming, string>>;
/** Why a birth date the reader entered cannot be used. */
export type BirthDateProblem = 'future' | 'unreadable' | 'too-old';
export interface PtChecklistItemText {
    /** What the reader ticks. */
    readonly label: string;
    /** What to do about it, shown under the label. */
    readonly action: string;
    /** The next step when this is the most urgent tick. */
    readonly step: TimedText;
}
export interface PtChecklistText {
    readonly heading: string;
    readonly intro: string;
    /** The intro where the page runs no script: the items cannot be ticked, each says what to do. */
    readonly introWithoutScript: string;
    /** Name of the group of checkboxes. */
    readonly itemsLabel: string;
    readonly items: Readonly<Record<BuiltInItemId, PtChecklistItemText>>;
    /** The word that joins the last two names in a list ("O’Sullivan and Orvis"). */
    readonly and: string;
    /** Who gave an item's advice; `{names}` is a formatted list of surnames. */
    readonly adviceFrom: string;
    /** For advice the article gives without naming who said it. */
    readonly adviceFromArticle: string;
    /** For the warning-signs item, which is public-health guidance, not the article's. */
    readonly adviceFromPublicHealth: string;
    readonly birthDateLabel: string;
    readonly birthDateHint: string;
    /** The birth date on paper: `{date}` is the formatted date, or a line to write one on. */
    readonly birthDateOnPaper: string;
    readonly clearDate: string;
    /** Shown when the birth was less than a week ago. */
    readonly birthThisWeek: string;
    /** Whole weeks since the birth, `{n}` for the number. */
    readonly weeksSince: PluralForms;
    readonly birthDateProblems: Readonly<Record<BirthDateProblem, string>>;
    readonly resultHeading: string;
    /** The visible badge for each level. */
    readonly levels: Readonly<Record<UrgencyLevel, string>>;
    /** Read before the result by screen readers, e.g. "Urgency: emergency – ". */
    readonly urgencyPrefix: Readonly<Record<UrgencyLevel, string>>;
    /**
     * The next step for the embedder's own items, by level. Generic on purpose: it sends the
     * reader to their care team, never to a physical therapist the embedder did not name.
     */
    readonly customSteps: Readonly<Record<ItemLevel, string>>;
    /** With nothing ticked: the list cannot say all is well, so it points to the warning signs. */
    readonly nothingTicked: string;
    /** With nothing ticked, what to watch for next, worded for when the birth was. */
    readonly nothingTickedNext: TimedText;
    readonly rememberNote: string;
    readonly clearAnswers: string;
}
