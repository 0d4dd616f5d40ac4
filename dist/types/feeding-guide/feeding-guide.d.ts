import { type PropertyValues } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { type FeedingPosition, type FeedingType } from './content.js';
/** Detail of `backcare-position-change`. */
export interface PositionChangeDetail {
    readonly position: FeedingPosition;
}
/**
 * Feeding holds and set-ups that take pressure off the back, for nursing and bottle-feeding
 * parents alike: the football, cradle and side-lying holds as tabs, each with a drawing,
 * short steps and why it helps, then how to set up a supportive place to feed.
 *
 * @tagname backcare-feeding-guide
 * @summary Back-friendly feeding holds and set-ups, for breast- and bottle-feeding.
 *
 *
 * @csspart intro - The short paragraph under the title.
 * @csspart tablist - The row of hold tabs (hidden in print).
 * @csspart tab - Each hold's tab.
 * @csspart panel - Each hold's panel; every panel shows in print.
 * @csspart illustration - The figure holding a hold's drawing.
 * @csspart steps - A hold's list of steps.
 * @csspart setup - The section on setting up a place to feed.
 * @csspart safe-sleep - The safe-sleep notes beside the side-lying hold and the nursing pillow.
 *
 *
 * @fires {CustomEvent<PositionChangeDetail>} backcare-position-change - The reader picked another hold, by click or keyboard. `detail.position` is `football`, `cradle` or `side-lying`. Not fired on first render or when the `position` attribute changes.
 */
export declare class BackcareFeedingGuide extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        position: {};
        feeding: {};
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
    /**
     * The hold shown first: `football`, `cradle` or `side-lying`. Other values fall back to
     * `football` with a console warning. Changing it later shows that hold; the property
     * follows the reader's choice.
     */
    position: FeedingPosition | null;
    /**
     * How the reader feeds, so the wording fits: `breast`, `bottle` or `both`. Other values
     * fall back to `both` with a console warning.
     */
    feeding: FeedingType | null;
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        feedingGuide: import("./texts.js").FeedingGuideText;
    }>;
    private current;
    private feedingType;
    constructor();
    protected willUpdate(changed: PropertyValues<this>): void;
    /** Selects a hold the reader picked, moves focus to its tab and tells the host. */
    private pick;
    private onKeydown;
    protected renderContent(): unknown;
    /** The row of hold tabs: arrow keys, Home and End move between them. */
    private tabs;
    /** One hold: its name (shown on paper and without script), drawing, why it helps, steps. */
    private hold;
    /** A safe-sleep note: public-health guidance beside the advice that involves a bed or a pillow. */
    private safeSleepNote;
}
