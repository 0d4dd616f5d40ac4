import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
/**
 * The signs that need medical care now, from public-health guidance: the urgent maternal
 * warning signs (CDC) and the back pain red flags (NHS), with what to do. Always visible
 * and printed in full, for a discharge page or beside the other widgets.
 *
 * @tagname backcare-warning-signs
 * @summary Warning signs after a birth that need medical care now, and what to do.
 *
 * @slot emergency - The hospital's own number or words, shown under "What to do" and in print.
 *
 * @csspart badge - The "Emergency" label with its warning triangle.
 * @csspart maternal - The list of urgent maternal warning signs.
 * @csspart back - The list of back pain red flags.
 * @csspart what-to-do - What to do now, with the `emergency` slot.
 */
export declare class BackcareWarningSigns extends BackcareElement {
    static styles: import("lit").CSSResult[];
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        warningSigns: import("./texts.js").WarningSignsText;
    }>;
    /**
     * Whether the card shows its own fine print. A widget that shows the card inside itself
     * (the checklist) sets it to `false` and cites the card's sources in its own fine print,
     * so the disclaimer and the review status appear, and are checked, once.
     * @internal
     */
    ownFinePrint: boolean;
    protected renderContent(): unknown;
}
