import { inheritedValue } from './inherited.js';
import { warnOnce } from './warn.js';

/** A clinical review the embedder vouches for with `reviewed-by` and `reviewed-on`. */
export interface Review {
  readonly by: string;
  /** ISO 8601 date of the review. */
  readonly on: string;
}

const isoDate = /^(\d{4})-(\d\d)-(\d\d)$/;

/** Whether `text` is a real calendar day written YYYY-MM-DD, not after `today`. */
function isPastDay(text: string, today: Date): boolean {
  const [, year, month, day] = (isoDate.exec(text) ?? []).map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCDate() === day;
  return real && text <= today.toISOString().slice(0, 10);
}

/**
 * The review that applies to `element`: both attributes, on it or on an ancestor. A widget
 * never claims a review the embedder did not name: with one attribute missing, or a date
 * that is not a past day, it says the content is not clinically reviewed, and the embedder
 * gets one warning saying why.
 */
export function reviewOf(element: Element, today = new Date()): Review | undefined {
  const by = inheritedValue(element, 'reviewed-by');
  const on = inheritedValue(element, 'reviewed-on');
  if (by === undefined && on === undefined) return undefined;
  const tag = element.localName;
  const unreviewed = 'so the widget says it is not clinically reviewed';
  if (on !== undefined && !isPastDay(on, today)) {
    warnOnce(
      `${tag}:reviewed-on:${on}`,
      `<${tag}>: reviewed-on="${on}" is not a date up to today written YYYY-MM-DD, ${unreviewed}.`,
    );
    return undefined;
  }
  if (on === undefined) {
    warnOnce(
      `${tag}:reviewed-by:${by}`,
      `<${tag}>: reviewed-by="${by}" needs reviewed-on, the review's date (YYYY-MM-DD); without it, ${unreviewed}.`,
    );
    return undefined;
  }
  if (by === undefined) {
    warnOnce(
      `${tag}:reviewed-on:${on}`,
      `<${tag}>: reviewed-on="${on}" needs reviewed-by, who reviewed the content; without it, ${unreviewed}.`,
    );
    return undefined;
  }
  return { by, on };
}
