import { type PropertyValues } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { type MomentChoice } from './content.js';
/**
 * Do and don't guidance from physical therapists for the moments that strain a new parent's
 * lower back most: lifting the baby out of a crib or play yard, carrying, bending over and
 * rolling over. Starts with how to engage the core, and shows a drawing of a good lift.
 *
 * @tagname backcare-lifting-tips
 * @summary Do and don't tips for lifting, carrying and bending without straining your back.
 *
 *
 * @csspart core - The "engage your core first" box.
 * @csspart moment - Each moment's section (lifting, carrying, bending and rolling over).
 * @csspart do - Each "do" box, holding its heading and list.
 * @csspart dont - Each "don't" box, holding its heading and list.
 * @csspart illustration - The figure holding the drawing of a good lift.
 * @csspart safety-note - The "stop if it hurts" note.
 */
export declare class BackcareLiftingTips extends BackcareElement {
    static styles: import("lit").CSSResult[];
    static properties: {
        moment: {};
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
     * Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
     * (bending over and rolling over, which share the same advice; `rolling` is accepted as
     * another name for it). Absent or `all` shows every moment. Other values show every
     * moment with a console warning.
     */
    moment: MomentChoice | null;
    protected readonly locale: LocaleController<{
        common: import("../shared/texts.js").CommonText;
        liftingTips: import("./texts.js").LiftingTipsText;
    }>;
    private shown;
    constructor();
    protected willUpdate(changed: PropertyValues<this>): void;
    protected renderContent(): unknown;
    private renderMoment;
    private renderList;
}
