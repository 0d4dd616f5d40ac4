import { type ExerciseId } from '../exercises/content.js';
import { type Dose } from '../exercises/dose.js';
/** One exercise of the day's routine, with the clinician's dose where one was given. */
export interface PlanItem {
    readonly id: ExerciseId;
    readonly dose: Dose;
}
/** The article's six, in its order, with no dose: what a routine without a plan shows. */
export declare const defaultPlan: readonly PlanItem[];
/** `exercises="cat-cow bridge"`: the known ids in order, with no dose. */
export declare function planFromIds(tag: string, value: string): PlanItem[];
/**
 * The clinician's list, `<li data-exercise data-reps data-sets data-hold>`: known exercises
 * in order, each dose value checked as the exercise card checks its attributes.
 */
export declare function planFromList(tag: string, items: readonly Element[]): PlanItem[];
/**
 * How long the holds take in all, in whole minutes rounded up, or `undefined` unless every
 * exercise has a hold: the source gives no time for a repetition, so none is guessed.
 */
export declare function holdMinutes(plan: readonly PlanItem[]): number | undefined;
