import { type PropertyValues } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
/**
 * One exercise a physical therapist recommends for postpartum back pain: what it helps,
 * what you need, numbered steps, an illustration, who recommends it, and when to stop.
 *
 * @tagname backcare-exercise-card
 * @summary A physical-therapist-recommended exercise for postpartum back pain.
 *
 * @slot - Fallback content, shown before the script loads and while a translation loads.
 * @slot note - A clinician's note for this reader, shown below the plan.
 * @slot actions - A call to action, such as a clinic's booking link, shown after the safety note.
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The exercise name.
 * @csspart illustration - The figure holding the drawing of the position.
 * @csspart plan - The reader's plan (reps, sets, hold), when a dose is given.
 * @csspart steps - The numbered list of steps.
 * @csspart safety-note - The "stop if it hurts" note.
 * @csspart credit - The footer with the clinician, source, disclaimer and review date.
 * @csspart message - The message shown instead of a card when `exercise` is unknown.
 *
 * @cssprop --backcare-accent - Brand colour for lines, links and highlights (light scheme).
 * @cssprop --backcare-accent-soft - Tinted background for the plan and highlights (light scheme).
 * @cssprop --backcare-text - Text colour (light scheme).
 * @cssprop --backcare-muted - Secondary text colour (light scheme).
 * @cssprop --backcare-surface - Card background (light scheme).
 * @cssprop --backcare-border - Border and ground-line colour (light scheme).
 * @cssprop --backcare-caution - Colour of the safety note's edge (light scheme).
 * @cssprop --backcare-caution-soft - Background of the safety note (light scheme).
 * @cssprop --backcare-focus - Focus outline colour (light scheme).
 * @cssprop --backcare-dark-accent - Brand colour in the dark scheme; every light token has a `--backcare-dark-*` twin.
 * @cssprop --backcare-radius - Corner radius of the card.
 * @cssprop --backcare-space - Inner spacing of the card.
 * @cssprop --backcare-font - Font family; inherits the page's font when unset.
 * @cssprop --backcare-font-size - Base font size; inherits the page's size when unset.
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
    };
    /** Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`. */
    exercise: string | null;
    /** A smaller card for sidebars and narrow columns. */
    compact: boolean;
    /** The clinician's number of repetitions (1–100), shown as the reader's plan. */
    reps: string | null;
    /** The clinician's number of sets (1–20), shown as the reader's plan. */
    sets: string | null;
    /** The clinician's hold time in seconds (1–300), shown as the reader's plan. */
    hold: string | null;
    protected readonly locale: LocaleController<{
        common: import("../locales/types.js").CommonText;
        exerciseCard: import("../locales/types.js").ExerciseCardText;
    }>;
    private dose;
    constructor();
    protected willUpdate(changed: PropertyValues<this>): void;
    private get exerciseId();
    protected renderContent(): unknown;
    private renderMessage;
    private renderCard;
}
