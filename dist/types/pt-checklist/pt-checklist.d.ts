import { type PropertyValues } from 'lit';
import '../warning-signs/define.js';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { type UrgencyLevel } from './content.js';
/** Detail of `backcare-checklist-change`. */
export interface PtChecklistChangeDetail {
    /** Ids of the ticked items, in the order shown. */
    readonly checked: string[];
    /** The most urgent level among the ticked items. */
    readonly level: UrgencyLevel;
}
/**
 * "When to see a physical therapist": the reader ticks what applies and gets a clear next
 * step, with its urgency shown in words, an icon and the panel's border, not by colour alone.
 * The warning signs that need medical care now (`<backcare-warning-signs>`) are always shown
 * with the list (below it on screen, beside it on paper), and ticking "you have a warning
 * sign" gives the `emergency` level. With nothing ticked,
 * the checklist never says all is well: it points to the warning signs. Printed, it makes a
 * one-page handout (A4 or US Letter) with every item and its box, the next step, the warning
 * signs, the clinic's contact and the disclaimer.
 *
 * **Weeks since the birth.** A hospital can set `weeks-postpartum`; the reader can also enter
 * the birth date. When both are there, the reader's date wins. A date that cannot be used
 * (in the future, unreadable, or more than two years ago) gets a visible message and is
 * ignored, so `weeks-postpartum` applies again. The date is never stored unless `remember`
 * is set.
 *
 * **Your own items.** Put a list in the `items` slot; each `li` becomes a checkbox after the
 * built-in ones and counts toward the result. `data-id` names it in events and storage
 * (letters, digits, `-` or `_`; missing or duplicate ids get `custom-N` with a warning).
 * `data-level` is `routine`, `soon`, `now` (today) or `emergency`; absent means `soon`, and
 * an unknown value also means `soon`, with a warning. Your items get a next step worded for
 * their level that sends the reader to their care team (emergency: "get medical care now; if
 * you cannot reach your care team, go to the emergency room or call 911"); the physical
 * therapist's wording belongs to the built-in items only. Only the item's text is used,
 * never its markup. Items added or changed later are picked up. Before the script loads,
 * the list shows as is.
 *
 * ```html
 * <backcare-pt-checklist remember>
 *   <ul slot="items">
 *     <li data-id="fever" data-level="emergency">Fever above 38 °C with back pain</li>
 *   </ul>
 *   <p slot="contact">Call the clinic: <a href="tel:+15550100">555-0100</a></p>
 *   <p slot="emergency">Day or night, call the maternity unit: <a href="tel:+15550199">555-0199</a></p>
 * </backcare-pt-checklist>
 * ```
 *
 * **Remembering.** With `remember`, the ticked item ids and the birth date, nothing else,
 * are kept in `localStorage` under `backcare:pt-checklist:` plus `storage-key` (default: the
 * page's path), and a "Clear my answers" button appears. Where storage is blocked or full,
 * answers are kept in memory for the visit. Without `remember`, storage is never touched.
 *
 * @tagname backcare-pt-checklist
 * @summary When to see a physical therapist: a checklist with a clear next step that prints as a handout.
 *
 * @slot contact - The clinic's phone number or booking link, shown with the next step and in print.
 * @slot emergency - The hospital's own number or words for an emergency: shown with the next step at the `emergency` level, else in the warning signs' "What to do", and in print.
 * @slot items - A list whose `li` elements are added as items (see above); never shown itself.
 *
 * @csspart items - The group of checkboxes.
 * @csspart birth-date - The birth date field, its messages and the weeks since the birth.
 * @csspart result - The next-step panel; it also carries the class of its level.
 * @csspart badge - The urgency label with its icon.
 * @csspart warning-signs - The warning signs card, a `<backcare-warning-signs>`.
 *
 * @fires {CustomEvent<PtChecklistChangeDetail>} backcare-checklist-change - The reader ticked or unticked an item, or cleared their answers. `detail`: `{ checked: string[], level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' }`.
 */
export declare class BackcarePtChecklist extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        weeksPostpartum: {
            attribute: string;
        };
        remember: {
            type: BooleanConstructor;
        };
        storageKey: {
            attribute: string;
        };
        now: {
            attribute: boolean;
        };
        ticked: {
            state: boolean;
            attribute: boolean;
        };
        birthDate: {
            state: boolean;
            attribute: boolean;
        };
        unreadable: {
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
    /** Whole weeks since the birth (0–104), from the care team. A date the reader enters wins. */
    weeksPostpartum: string | null;
    /** Keep the reader's ticks and birth date on this device (opt-in). */
    remember: boolean;
    /** Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path. */
    storageKey: string | null;
    /** Today's date. A property, not an attribute: replace it to fix "today" in tests or previews. */
    now: () => Date;
    private ticked;
    private birthDate;
    private unreadable;
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        ptChecklist: import("./texts.js").PtChecklistText;
    }>;
    private weeksGiven?;
    private readonly announcer;
    private readonly custom;
    private readonly saved;
    constructor();
    protected willUpdate(changed: PropertyValues<this>): void;
    protected updated(): void;
    /** The items, the most urgent ticked level and the next steps, for each render or change. */
    private get outcome();
    /** The reader's birth date, checked against today: weeks since, or why it cannot be used. */
    private get birth();
    private get weeks();
    private get timing();
    /** Saves, tells the host page (for ticks) and, once the reader pauses, screen readers. */
    private changed;
    private onTick;
    private onDate;
    private clearDate;
    private clearAll;
    protected renderContent(): unknown;
}
