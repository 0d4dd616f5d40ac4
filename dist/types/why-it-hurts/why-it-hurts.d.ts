import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
/**
 * A one-minute explainer of why a new parent's back hurts: relaxin loosening joints and
 * ligaments, stomach muscles weakened by the bump, carrying and bending, and hunching to
 * feed. It ends with hope: this is common, and strengthening, stretching and small changes
 * in how you hold, carry and lift usually ease it.
 *
 * @tagname backcare-why-it-hurts
 * @summary Why postpartum back pain happens, and why it usually gets better.
 *
 * @slot links - Links to what to do next, such as exercise cards or a clinic's booking page. Shown in a labelled "Where to start" area, only when something is slotted.
 *
 * @csspart illustration - The small drawing of a parent holding a baby.
 * @csspart causes - The list of reasons.
 * @csspart hope - The closing "good news" section.
 * @csspart links - The area holding the `links` slot.
 */
export declare class BackcareWhyItHurts extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        hasLinks: {
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
    /** Whether the host has put anything in the `links` slot. */
    protected hasLinks: boolean;
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        whyItHurts: import("./texts.js").WhyItHurtsText;
    }>;
    constructor();
    connectedCallback(): void;
    private onLinksChange;
    protected renderContent(): unknown;
}
