/**
 * Calendar days as a date input gives them (`yyyy-mm-dd`), counted in whole days at 00:00 UTC
 * so that summer time and the reader's time zone never shift a count. Pure functions: the
 * caller hands in "now", so a test or a preview can fix today.
 */
/** Why a date the reader entered cannot be used. */
export type DateProblem = 'unreadable' | 'future' | 'too-old';
/** A date as a date input's `value` gives it; also what stored dates must look like. */
export declare const isoDatePattern: RegExp;
/** Milliseconds of a calendar day at 00:00 UTC, or NaN when the day does not exist. */
export declare function utcDay(year: number, month: number, day: number): number;
/**
 * `now`'s calendar day `years` years earlier, at 00:00 UTC. A 29 February that the earlier
 * year lacks becomes 1 March.
 */
export declare function yearsBefore(now: Date, years: number): number;
/** The `min` and `max` of a date input that takes the days from `years` years ago to today. */
export declare function dayRange(now: Date, years: number): {
    min: string;
    max: string;
};
/**
 * Whole weeks from `date` (`yyyy-mm-dd`) to `now`'s calendar day, or why the date cannot be
 * used: it is not a real day, it is after today, or it is before the same day `years` years
 * ago. An empty date gives neither.
 */
export declare function weeksSince(date: string, now: Date, years: number): {
    weeks?: number;
    problem?: DateProblem;
};
