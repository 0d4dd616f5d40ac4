import { type PropertyValues } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
/**
 * Do and don't guidance from physical therapists for the moments that strain a new parent's
 * lower back most: lifting the baby out of a crib or play yard, carrying, bending over and
 * rolling over. Starts with how to engage the core, and shows a drawing of a good lift.
 *
 * @tagname backcare-lifting-tips
 * @summary Do and don't tips for lifting, carrying and bending without straining your back.
 *
 * @slot - Fallback content, shown before the script loads and while a translation loads.
 *
 * @csspart card - The outer box.
 * @csspart heading - The main heading.
 * @csspart core - The "engage your core first" box.
 * @csspart moment - Each moment's section (lifting, carrying, bending and rolling over).
 * @csspart do - Each "do" box, holding its heading and list.
 * @csspart dont - Each "don't" box, holding its heading and list.
 * @csspart illustration - The figure holding the drawing of a good lift.
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
export declare class BackcareLiftingTips extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        moment: {};
        headingLevel: {
            attribute: string;
        };
        theme: {};
    };
    /**
     * Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
     * (bending over and rolling over, which share the same advice; `rolling` is accepted as
     * another name for it). Absent or `all` shows every moment. Other values show every
     * moment with a console warning.
     */
    moment: string | null;
    protected readonly locale: LocaleController<{
        common: import("../locales/types.js").CommonText;
        liftingTips: import("./texts.js").LiftingTipsText;
    }>;
    private shown;
    constructor();
    protected willUpdate(changed: PropertyValues<this>): void;
    protected renderContent(): unknown;
    private renderMoment;
    private renderList;
}
