import { LitElement, type PropertyValues, type TemplateResult } from 'lit';
import type { LocaleController } from './locale.js';
import type { CommonText } from './texts.js';
import { type Formatter } from './format.js';
import { type FinePrint } from './fine-print.js';
export declare const themes: readonly ["auto", "light", "dark"];
/** Every backcare element's tag starts with `backcare-`. */
export type BackcareTag = `backcare-${string}`;
/** A colour scheme the `theme` attribute accepts. */
export type Theme = (typeof themes)[number];
/**
 * What every backcare element shares: the `heading-level` and `theme` attributes, its
 * language (`lang` on the element, else the nearest ancestor's, else the document's), the
 * theme tokens (see the README's Theming table), and showing the light-DOM fallback while a
 * translation loads. Documented once here; each element's manifest entry inherits it.
 *
 * @slot - Fallback content, shown before the script loads and while a translation loads.
 *
 * @cssstate waiting - While the widget's language loads and its fallback content shows.
 *   `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
 *
 * @csspart card - The element's outer box.
 * @csspart heading - The element's main heading.
 * @csspart credit - The footer with who gave the advice, the source, the disclaimer and the review date.
 */
export declare abstract class BackcareElement extends LitElement {
    /** Lets a second copy of the library tell which version registered a tag first. */
    static readonly backcareVersion = "0.1.0";
    /**
     * Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
     * the full bundle beside a single-element file, never throws. If the copy already
     * registered is a different version, the embedder gets one warning; the first stays.
     */
    static define(tag: BackcareTag): void;
    static properties: {
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
     * Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
     * fall back to `2` with a console warning.
     */
    headingLevel: string | null;
    /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
    theme: Theme | null;
    /**
     * Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
     * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
     * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
     */
    reviewedBy: string | null;
    /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
    reviewedOn: string | null;
    protected abstract readonly locale: LocaleController<{
        readonly common: CommonText;
    }>;
    /** The heading level in force, after validation. */
    protected level: number;
    /** Shows the page the widget's `:state(waiting)`. */
    private readonly internals;
    constructor();
    private stopWatching?;
    connectedCallback(): void;
    disconnectedCallback(): void;
    /** The fine print: credit, sources, what the content rests on, review status. */
    protected finePrint(details: Pick<FinePrint, 'credited' | 'entries' | 'creditLabel'>): TemplateResult;
    protected get format(): Formatter;
    /**
     * A static export's shadow root already holds the widget's content. What to do before the
     * first render there is in a chunk of its own (`exported.ts`), which other pages never load.
     */
    protected scheduleUpdate(): void | Promise<unknown>;
    protected willUpdate(changed: PropertyValues<this>): void;
    /** Renders the element's main heading at the configured level. */
    protected heading(content: unknown, id?: string): TemplateResult;
    /** Renders a heading one level below the main heading (never beyond `h6`). */
    protected subheading(content: unknown, id?: string): TemplateResult;
    /** Renders a heading `depth` levels below the main heading (never beyond `h6`). */
    protected headingBelow(depth: number, content: unknown, id?: string, className?: string): TemplateResult;
    protected update(changed: PropertyValues<this>): void;
    render(): unknown;
    protected abstract renderContent(): unknown;
}
