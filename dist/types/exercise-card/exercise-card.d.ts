import { type PropertyValues } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { type ExerciseId } from '../exercises/content.js';
/**
 * One exercise a physical therapist recommends for postpartum back pain: what it helps,
 * what you need, numbered steps, an illustration, who recommends it, and when to stop.
 *
 * @tagname backcare-exercise-card
 * @summary A physical-therapist-recommended exercise for postpartum back pain.
 *
 * @slot note - A clinician's note for this reader, shown below the plan.
 * @slot actions - A call to action, such as a clinic's booking link, shown after the safety note.
 *
 * @csspart illustration - The figure holding the drawing of the position.
 * @csspart plan - The reader's plan (reps, sets, hold), when a dose is given.
 * @csspart steps - The numbered list of steps.
 * @csspart before-start - The "ask your doctor or midwife first" line before the steps.
 * @csspart safety-note - The "stop if it hurts" note.
 * @csspart message - The message shown instead of a card when `exercise` is unknown.
 */
export declare class BackcareExerciseCard extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        exercise: {};
        compact: {
            type: BooleanConstructor;
            reflect: boolean;
        };
        reps: {};
        sets: {};
        hold: {};
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
    /** Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`. */
    exercise: ExerciseId | null;
    /** A smaller card for sidebars and narrow columns. */
    compact: boolean;
    /** The clinician's number of repetitions (1–100), shown as the reader's plan. */
    reps: string | null;
    /** The clinician's number of sets (1–20), shown as the reader's plan. */
    sets: string | null;
    /** The clinician's hold time in seconds (1–300), shown as the reader's plan. */
    hold: string | null;
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        exercises: import("../exercises/texts.js").ExercisesText;
        exerciseCard: import("./texts.js").ExerciseCardText;
    }>;
    private dose;
    constructor();
    protected willUpdate(changed: PropertyValues<this>): void;
    private get exerciseId();
    protected renderContent(): unknown;
    private renderMessage;
    private renderCard;
}
