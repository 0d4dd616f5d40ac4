import { wholeNumberAttribute } from '../shared/attributes.js';
import type { Formatter } from '../shared/format.js';
import type { ExercisesText } from './texts.js';

/** A clinician's dose for one exercise, already validated. */
export interface Dose {
  readonly reps?: number;
  readonly sets?: number;
  readonly holdSeconds?: number;
}

/** The dose as written on a page: attribute or `data-*` values, each possibly missing. */
export interface DoseSource {
  readonly reps?: string | null;
  readonly sets?: string | null;
  readonly hold?: string | null;
}

/**
 * Reads a dose the embedder wrote. A value that is not a whole number in range is ignored
 * with one warning naming the range: the widget then shows no dose rather than a wrong one.
 * `prefix` names the attributes in that warning (`data-` for a list item's `data-reps`).
 */
export function readDose(tag: string, source: DoseSource, prefix = ''): Dose {
  return {
    reps: wholeNumberAttribute(tag, `${prefix}reps`, source.reps, 1, 100),
    sets: wholeNumberAttribute(tag, `${prefix}sets`, source.sets, 1, 20),
    holdSeconds: wholeNumberAttribute(tag, `${prefix}hold`, source.hold, 1, 300),
  };
}

/** "10 repetitions, 2 sets, hold 5 seconds": only the parts the clinician gave; '' for none. */
export function doseText(dose: Dose, words: ExercisesText['dose'], format: Formatter): string {
  const parts: string[] = [];
  if (dose.reps !== undefined) parts.push(format.plural(dose.reps, words.reps));
  if (dose.sets !== undefined) parts.push(format.plural(dose.sets, words.sets));
  if (dose.holdSeconds !== undefined) parts.push(format.plural(dose.holdSeconds, words.hold));
  return parts.join(', ');
}
