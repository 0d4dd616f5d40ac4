import { isoDatePattern } from '../shared/dates.js';

/** How many finished days are kept: enough for the week shown, and no more. */
const kept = 14;

/** `time`'s calendar day where the reader is, `yyyy-mm-dd`. */
export function dayOf(time: number): string {
  const date = new Date(time);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

// Anything not shaped exactly like what the routine writes is dropped.
export function validDays(data: unknown): string[] | undefined {
  return Array.isArray(data) &&
    data.length <= kept &&
    data.every((day) => typeof day === 'string' && isoDatePattern.test(day))
    ? data
    : undefined;
}

/** Both lists of days, each day once, newest last, at most `kept` of them. */
export function mergeDays(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())].sort().slice(-kept);
}

/** The last seven days, today last: each day's weekday (0 = Sunday) and whether it was done. */
export function lastWeek(
  now: number,
  done: readonly string[],
): { weekday: number; done: boolean }[] {
  return [6, 5, 4, 3, 2, 1, 0].map((back) => {
    const date = new Date(now);
    // Counting back by calendar days, not 24-hour steps, so summer time shifts nothing.
    date.setDate(date.getDate() - back);
    return { weekday: date.getDay(), done: done.includes(dayOf(date.getTime())) };
  });
}
