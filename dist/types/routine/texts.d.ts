import type { PluralForms } from '../shared/texts.js';
/**
 * The routine's words for its overview and printed sheet, drawn with the first paint; the
 * exercises' names, steps and doses are `ExercisesText`.
 */
export interface RoutineText {
    readonly heading: string;
    readonly intro: string;
    /** Heading of the list of today's exercises. */
    readonly planLabel: string;
    /** Only when every exercise has a hold: the time the holds add up to, `{n}` minutes. */
    readonly duration: PluralForms;
    readonly start: string;
    /** Label of the reader's optional cues. */
    readonly cuesLabel: string;
    readonly tone: string;
    readonly speak: string;
    /** When none of the plan's exercises is known. */
    readonly noneKnown: string;
    /** Over the tick boxes on the printed sheet. */
    readonly ticksLabel: string;
}
/** The words of the session screens, loaded with them once the overview is drawn. */
export interface RoutineSessionText {
    /** `{n}` of `{total}`. */
    readonly progress: string;
    readonly stepsLabel: string;
    readonly doseLabel: string;
    readonly back: string;
    readonly next: string;
    readonly finish: string;
    readonly pause: string;
    readonly resume: string;
    readonly paused: string;
    readonly hurts: string;
    /** Name of the hold timer for screen readers. */
    readonly timeLeft: string;
    readonly holdStart: string;
    readonly holdPause: string;
    readonly holdResume: string;
    readonly holdAgain: string;
    /** Said when a hold starts or goes on: `{n}` seconds. */
    readonly holdStarted: PluralForms;
    /** Said once, a few seconds before the end: `{n}` seconds. */
    readonly holdEnding: PluralForms;
    readonly holdDone: string;
    /** The tap counter's label. */
    readonly countRep: string;
    /** `{n}` of `{total}` repetitions counted. */
    readonly repsCounted: string;
    /** Set `{n}` of `{total}`. */
    readonly setOf: string;
    readonly stoppedHeading: string;
    readonly stoppedText: string;
    readonly doneHeading: string;
    readonly doneText: string;
    readonly again: string;
    /** Heading of the week at a glance, with `remember`. */
    readonly weekHeading: string;
    /** Short day names, Sunday first. */
    readonly days: readonly string[];
    /** After a day's name, for screen readers, when a routine was finished that day. */
    readonly dayDone: string;
    readonly rememberNote: string;
    readonly clear: string;
}
