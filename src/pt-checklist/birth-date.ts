import type { Formatter } from '../shared/format.js';
import { ptChecklistFacts } from './content.js';
import type { BirthDateProblem, CheckupTiming, PtChecklistText } from './texts.js';

/** How the advice is worded for the weeks since the birth, when they are known. */
export function timingOf(weeks: number | undefined): CheckupTiming {
  if (weeks === undefined) return 'unknown';
  return weeks < ptChecklistFacts.checkupWeek ? 'before' : 'after';
}

/** The note under the birth date field: why the date cannot be used, or the weeks since. */
export function birthNote(
  texts: PtChecklistText,
  format: Formatter,
  problem: BirthDateProblem | undefined,
  weeks: number | undefined,
): string {
  if (problem) return texts.birthDateProblems[problem];
  if (weeks === undefined) return '';
  return weeks === 0 ? texts.birthThisWeek : format.plural(weeks, texts.weeksSince);
}
