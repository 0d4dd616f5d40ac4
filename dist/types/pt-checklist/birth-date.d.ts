import { type TemplateResult } from 'lit';
import type { Formatter } from '../shared/format.js';
import type { BirthDateProblem, CheckupTiming, PtChecklistText } from './texts.js';
/** How the advice is worded for the weeks since the birth, when they are known. */
export declare function timingOf(weeks: number | undefined): CheckupTiming;
/** The note under the birth date field: why the date cannot be used, or the weeks since. */
export declare function birthNote(texts: PtChecklistText, format: Formatter, problem: BirthDateProblem | undefined, weeks: number | undefined): string;
export interface BirthDateField {
    readonly texts: PtChecklistText;
    /** The date as entered (`YYYY-MM-DD`), or "". */
    readonly value: string;
    /** The usable date, formatted for paper; absent leaves a line to write one on. */
    readonly onPaper: string | undefined;
    readonly problem: BirthDateProblem | undefined;
    /** Whether there is anything to clear. */
    readonly clearable: boolean;
    readonly note: string;
    readonly onDate: (event: Event) => void;
    readonly onClear: () => void;
}
/**
 * The optional birth date: a labelled date field with its hint, a clear button, the weeks
 * since the birth or why the date cannot be used, and on paper a line to write it on. The
 * field's value and the dates it accepts are left to the element, which sets them after each
 * render.
 */
export declare function birthDateField(f: BirthDateField): TemplateResult;
/**
 * Puts the ticks and the date into the fields after each render, as `live()` would: a date
 * the reader is half-way through typing (its value is still "") is not wiped. The dates the
 * field accepts (the last two years up to `today`) are set here too, not in the template: a
 * page a server rendered on another day then still gets today's.
 */
export declare function fillFields(root: ParentNode, ticked: ReadonlySet<string>, birthDate: string, today: Date): void;
