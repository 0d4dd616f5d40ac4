import type { Formatter } from '../shared/format.js';
import type { BirthDateProblem, CheckupTiming, PtChecklistText } from './texts.js';
/** How the advice is worded for the weeks since the birth, when they are known. */
export declare function timingOf(weeks: number | undefined): CheckupTiming;
/** The note under the birth date field: why the date cannot be used, or the weeks since. */
export declare function birthNote(texts: PtChecklistText, format: Formatter, problem: BirthDateProblem | undefined, weeks: number | undefined): string;
