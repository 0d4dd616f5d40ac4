/**
 * Calendar days as a date input gives them (`yyyy-mm-dd`), counted in whole days at 00:00 UTC
 * so that summer time and the reader's time zone never shift a count. Pure functions: the
 * caller hands in "now", so a test or a preview can fix today.
 */

/** Why a date the reader entered cannot be used. */
export type DateProblem = 'unreadable' | 'future' | 'too-old';

/** A date as a date input's `value` gives it; also what stored dates must look like. */
export const isoDatePattern = /^(\d{4,6})-(\d\d)-(\d\d)$/;

const week = 6048e5;

/** Milliseconds of a calendar day at 00:00 UTC, or NaN when the day does not exist. */
export function utcDay(year: number, month: number, day: number): number {
  const time = new Date(0).setUTCFullYear(year, month, day);
  return new Date(time).getUTCDate() === day ? time : NaN;
}

/**
 * `now`'s calendar day `years` years earlier, at 00:00 UTC. A 29 February that the earlier
 * year lacks becomes 1 March.
 */
export function yearsBefore(now: Date, years: number): number {
  return new Date(0).setUTCFullYear(now.getFullYear() - years, now.getMonth(), now.getDate());
}

/** The `min` and `max` of a date input that takes the days from `years` years ago to today. */
export function dayRange(now: Date, years: number): { min: string; max: string } {
  const iso = (time: number) => new Date(time).toISOString().slice(0, 10);
  return { min: iso(yearsBefore(now, years)), max: iso(yearsBefore(now, 0)) };
}

/**
 * Whole weeks from `date` (`yyyy-mm-dd`) to `now`'s calendar day, or why the date cannot be
 * used: it is not a real day, it is after today, or it is before the same day `years` years
 * ago. An empty date gives neither.
 */
export function weeksSince(
  date: string,
  now: Date,
  years: number,
): { weeks?: number; problem?: DateProblem } {
  if (!date) return {};
  const [, year, month, day] = (isoDatePattern.exec(date) ?? []).map(Number);
  const then = utcDay(year, month - 1, day);
  const today = yearsBefore(now, 0);
  if (Number.isNaN(then)) return { problem: 'unreadable' };
  if (then > today) return { problem: 'future' };
  if (then < yearsBefore(now, years)) return { problem: 'too-old' };
  return { weeks: Math.floor((today - then) / week) };
}
