import { type TemplateResult } from 'lit';
import type { Formatter } from '../shared/format.js';
import type { CommonText } from '../shared/texts.js';
import type { ExercisesText } from '../exercises/texts.js';
import type { PlanItem } from './plan.js';
import type { ExerciseId } from '../exercises/content.js';
import type { HoldTimer } from './timer.js';
import type { RoutineSessionText } from './texts.js';
/** What the screens are drawn from. */
export interface Words {
    readonly common: CommonText;
    readonly exercises: ExercisesText;
    readonly routine: RoutineSessionText;
    readonly format: Formatter;
}
/** Headings below the element's own, at the right level. */
export type Heading = (text: string, id?: string) => TemplateResult;
/** The element's words and headings, handed over at each drawing. */
export interface Drawn {
    readonly common: CommonText;
    readonly exercises: ExercisesText;
    readonly format: Formatter;
    readonly heading: Heading;
    readonly minor: Heading;
}
/** An exercise on the printed sheet: its drawing, its steps, and a box for each day of a week. */
export declare function paper(id: ExerciseId, i: number, exercises: ExercisesText, ticks: string): TemplateResult<1>;
/** What the exercise screen needs besides the words. */
export interface Exercise {
    readonly item: PlanItem;
    readonly index: number;
    readonly total: number;
    readonly timer: HoldTimer | undefined;
    readonly reps: number;
    readonly set: number;
    readonly paused: boolean;
    /** Where a moving figure is in its movement; undefined for a reader who asked for less motion. */
    readonly phase: number | undefined;
}
/** Buttons by what they do. */
export type Actions = Readonly<Record<'back' | 'pause' | 'next' | 'hurts' | 'hold' | 'count', () => void>>;
/** One exercise: its name, drawing, plan, hold timer, counter, steps, and the way on. */
export declare function exerciseScreen(s: Exercise, w: Words, heading: Heading, minor: Heading, on: Actions): TemplateResult;
/** The end of a session: done for today (with the last seven days, when remembering). */
export declare function doneScreen(w: Words, heading: Heading, minor: Heading, week: {
    readonly now: number;
    readonly days: readonly string[];
} | undefined, on: {
    readonly again: () => void;
    readonly clear: () => void;
}): TemplateResult;
/** After "Stop, this hurts": stop, and see a physical therapist. */
export declare function stoppedScreen(w: Words, heading: Heading, again: () => void): TemplateResult;
