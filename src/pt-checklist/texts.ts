import type { PluralForms } from '../shared/texts.js';
import type { PtItemId, UrgencyLevel } from './content.js';

/** When the birth was, as far as the checklist knows: it shapes the advice. */
export type CheckupTiming = 'unknown' | 'before' | 'after';

/** Why a birth date the reader entered cannot be used. */
export type BirthDateProblem = 'future' | 'unreadable' | 'too-old';

export interface PtChecklistItemText {
  /** What the reader ticks. */
  readonly label: string;
  /** What to do about it, shown under the label. */
  readonly action: string;
}

export interface PtChecklistText {
  readonly heading: string;
  readonly intro: string;
  /** Name of the group of checkboxes. */
  readonly itemsLabel: string;
  readonly items: Readonly<Record<PtItemId, PtChecklistItemText>>;
  /** Who gave an item's advice; `{names}` is a formatted list of surnames. */
  readonly adviceFrom: string;
  /** For advice the article gives without naming who said it. */
  readonly adviceFromArticle: string;
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
  /** Read before the result by screen readers, e.g. "Urgency: act now – ". */
  readonly urgencyPrefix: Readonly<Record<UrgencyLevel, string>>;
  /** The next step for each level, worded for when the birth was. */
  readonly nextStep: Readonly<Record<UrgencyLevel, Readonly<Record<CheckupTiming, string>>>>;
  readonly rememberNote: string;
  readonly clearAnswers: string;
}
