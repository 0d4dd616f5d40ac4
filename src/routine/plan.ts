import { exerciseIds, isExerciseId, type ExerciseId } from '../exercises/content.js';
import { readDose, type Dose } from '../exercises/dose.js';
import { warnOnce } from '../shared/warn.js';

/** One exercise of the day's routine, with the clinician's dose where one was given. */
export interface PlanItem {
  readonly id: ExerciseId;
  readonly dose: Dose;
}

/** The article's six, in its order, with no dose: what a routine without a plan shows. */
export const defaultPlan: readonly PlanItem[] = exerciseIds.map((id) => ({ id, dose: {} }));

/** The id as written, if it is one of the six; else one warning naming the valid ids. */
function known(tag: string, attribute: string, given: string): ExerciseId | undefined {
  const id = given.trim().toLowerCase();
  // `includes`, not an object lookup: an id such as "constructor" finds nothing.
  if (isExerciseId(id)) return id;
  warnOnce(
    `${tag}:${attribute}:${given}`,
    `<${tag}>: ${attribute}="${given}" is not a known exercise, so it is skipped. Valid values: ${exerciseIds.join(', ')}.`,
  );
  return undefined;
}

/** `exercises="cat-cow bridge"`: the known ids in order, with no dose. */
export function planFromIds(tag: string, value: string): PlanItem[] {
  return value
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((given) => {
      const id = known(tag, 'exercises', given);
      return id ? [{ id, dose: {} }] : [];
    });
}

/**
 * The clinician's list, `<li data-exercise data-reps data-sets data-hold>`: known exercises
 * in order, each dose value checked as the exercise card checks its attributes.
 */
export function planFromList(tag: string, items: readonly Element[]): PlanItem[] {
  return items.flatMap((li) => {
    const id = known(tag, 'data-exercise', li.getAttribute('data-exercise') ?? '');
    if (!id) return [];
    const dose = readDose(
      tag,
      {
        reps: li.getAttribute('data-reps'),
        sets: li.getAttribute('data-sets'),
        hold: li.getAttribute('data-hold'),
      },
      'data-',
    );
    return [{ id, dose }];
  });
}

/**
 * How long the holds take in all, in whole minutes rounded up, or `undefined` unless every
 * exercise has a hold: the source gives no time for a repetition, so none is guessed.
 */
export function holdMinutes(plan: readonly PlanItem[]): number | undefined {
  if (!plan.length || plan.some((item) => item.dose.holdSeconds === undefined)) return undefined;
  const seconds = plan.reduce(
    (sum, { dose }) => sum + (dose.holdSeconds ?? 0) * (dose.reps ?? 1) * (dose.sets ?? 1),
    0,
  );
  return Math.ceil(seconds / 60);
}
