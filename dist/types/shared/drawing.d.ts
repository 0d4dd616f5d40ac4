import { type TemplateResult } from 'lit';
/**
 * An illustration as screen readers need it: an image named by its <title>, which holds the
 * text alternative from the locale. `draw` makes the drawing's inner SVG.
 */
export declare function drawing(draw: () => unknown, alt: string, id: string, { viewBox, part, className, }?: {
    viewBox?: string;
    part?: string;
    className?: string;
}): TemplateResult;
