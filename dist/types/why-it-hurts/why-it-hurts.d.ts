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
 * @slot - Fallback content, shown before the script loads and while a translation loads.
 * @slot links - Links to what to do next, such as exercise cards or a clinic's booking page. Shown in a labelled "Where to start" area, only when something is slotted.
 *
 * @csspart card - The outer box.
 * @csspart heading - The main heading.
 * @csspart illustration - The small drawing of a parent holding a baby.
 * @csspart causes - The list of reasons.
 * @csspart hope - The closing "good news" section.
 * @csspart links - The area holding the `links` slot.
 * @csspart credit - The footer with the clinicians, source, disclaimer and review date.
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
export declare class BackcareWhyItHurts extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        hasLinks: {
            state: boolean;
        };
        headingLevel: {
            attribute: string;
        };
        theme: {};
    };
    /** Whether the host has put anything in the `links` slot. */
    protected hasLinks: boolean;
    protected readonly locale: LocaleController<{
        common: import("../locales/types.js").CommonText;
        whyItHurts: import("./texts.js").WhyItHurtsText;
    }>;
    constructor();
    connectedCallback(): void;
    private onLinksChange;
    protected renderContent(): unknown;
}
