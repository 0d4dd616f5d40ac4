import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { type ExerciseId } from '../exercises/content.js';
/** Detail of `backcare-routine-start`. */
export interface RoutineStartDetail {
    /** The exercises of the session, in order. */
    readonly exercises: ExerciseId[];
}
/** Detail of `backcare-routine-step`. */
export interface RoutineStepDetail {
    /** Position of the exercise now shown, from 0. */
    readonly index: number;
    readonly exercise: ExerciseId;
}
/** Detail of `backcare-routine-complete`. */
export interface RoutineCompleteDetail {
    readonly exercises: ExerciseId[];
    /** Seconds from Start to Finish, pauses left out. */
    readonly seconds: number;
}
/** Detail of `backcare-routine-stop`. */
export interface RoutineStopDetail {
    /** `discomfort`: "Stop, this hurts"; `left`: Back from the first exercise, or the page was left. */
    readonly reason: 'discomfort' | 'left';
}
/**
 * A guided session through the day's exercises, one at a time: the overview (the plan, its
 * doses, how long the holds take when every exercise has one, and who should ask a doctor
 * first), then each exercise with its drawing, steps, a hold timer where the plan gives a
 * hold and a tap counter where it gives repetitions or sets, then "done for today".
 * "Stop, this hurts" ends the session with the article's advice: stop, and see a physical
 * therapist. Printed, it makes a home-exercise sheet with tick boxes for a week.
 *
 * **The plan.** `exercises="cat-cow bridge"`, or a clinician's list in the light DOM, which
 * is also what the page shows without JavaScript; without either, the article's six in its
 * order. Doses appear only where given; a value out of range is ignored with a warning.
 *
 * ```html
 * <backcare-routine remember>
 *   <ol slot="plan">
 *     <li data-exercise="bridge" data-reps="10" data-sets="2">Bridge: 10 times, 2 sets</li>
 *     <li data-exercise="childs-pose" data-hold="30">Child’s pose: hold 30 seconds</li>
 *   </ol>
 *   <a slot="actions" href="https://example.org/book">Book a visit</a>
 * </backcare-routine>
 * ```
 *
 * During cat-cow and the bridge the figure moves slowly between the two positions, and stops
 * while paused; a reader who asks for reduced motion sees both positions side by side.
 *
 * The overview is drawn first; the session screens, the timer and the printed sheet's
 * drawings load right after it, from `chunks/routine/session.js`.
 *
 * **Remembering.** With `remember`, the dates of finished routines, nothing else, are kept
 * in `localStorage` under `backcare:routine:` plus `storage-key` (default: the page's path);
 * the end screen then shows the last seven days and a "clear" button. Days finished in
 * other tabs show up at once. Without `remember`, storage is never touched.
 *
 * @tagname backcare-routine
 * @summary A guided routine through the physical therapists' exercises, one at a time, with a hold timer.
 *
 * @slot plan - An `ol` of `li data-exercise="ID"` with optional `data-reps` (1–100), `data-sets` (1–20) and `data-hold` (seconds, 1–300); shown as is before the script loads.
 * @slot note - A clinician's note, shown with the plan, at the end and on paper.
 * @slot actions - A call to action, such as a clinic's booking link, shown at the end, after "Stop, this hurts", and on paper.
 *
 * @csspart plan - The list of the day's exercises.
 * @csspart before-start - The "ask your doctor or midwife first" line.
 * @csspart illustration - The drawing of the exercise under way.
 * @csspart safety-note - The "stop if it hurts" note.
 * @csspart message - The note shown when none of the plan's exercises is known.
 *
 * @fires {CustomEvent<RoutineStartDetail>} backcare-routine-start - The reader pressed Start. `detail`: `{ exercises: string[] }`.
 * @fires {CustomEvent<RoutineStepDetail>} backcare-routine-step - An exercise is shown, at Start, Next or Back. `detail`: `{ index: number, exercise: string }`.
 * @fires {CustomEvent<RoutineCompleteDetail>} backcare-routine-complete - The reader finished the last exercise. `detail`: `{ exercises: string[], seconds: number }`.
 * @fires {CustomEvent<RoutineStopDetail>} backcare-routine-stop - The session ended early. `detail`: `{ reason: 'discomfort' | 'left' }`.
 */
export declare class BackcareRoutine extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        exercises: {};
        remember: {
            type: BooleanConstructor;
        };
        storageKey: {
            attribute: string;
        };
        now: {
            attribute: boolean;
        };
        session: {
            state: boolean;
            attribute: boolean;
        };
        tone: {
            state: boolean;
            attribute: boolean;
        };
        voice: {
            state: boolean;
            attribute: boolean;
        };
        headingLevel: {
            attribute: string;
        };
        theme: {};
        reviewedBy: {
            attribute: string;
        };
        reviewedOn: {
            attribute: string;
        };
    };
    /** Space-separated exercise ids, in order: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction`, `doorway-pec-stretch`. */
    exercises: string | null;
    /** Keep the dates of finished routines on this device (opt-in). */
    remember: boolean;
    /** Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path. */
    storageKey: string | null;
    /** The clock, in milliseconds since 1970. A property, not an attribute: replace it to fix the time in tests or previews. */
    now: () => number;
    /** @internal The session screens, once loaded. */
    private session;
    private tone;
    private voice;
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        exercises: import("../exercises/texts.js").ExercisesText;
        routine: import("./texts.js").RoutineText;
    }>;
    /** @internal */
    private loading?;
    /**
     * The clinician's list, read before each drawing after it changes (a framework may write
     * it after the element is on the page); one plan, or none without a list.
     * @internal
     */
    private readonly listed;
    constructor();
    /** The session screens, loaded once; the overview works without them. */
    private load;
    protected firstUpdated(): void;
    protected getUpdateComplete(): Promise<boolean>;
    /** The day's exercises: the clinician's list, else `exercises`, else the article's six. */
    private get plan();
    private start;
    protected renderContent(): unknown;
}
