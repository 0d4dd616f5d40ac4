import { type TemplateResult } from 'lit';
type Frame = {
    viewBox?: string;
    part?: string;
    className?: string;
};
/**
 * An illustration as screen readers need it: an image named by its <title>, which holds the
 * text alternative from the locale. `content` is its inner SVG.
 */
export declare function image(content: unknown, alt: string, id: string, { viewBox, part, className }?: Frame): TemplateResult;
/** A still drawing as an image (see `image`): `draw` makes its SVG, once per page. */
export declare function drawing(draw: () => unknown, alt: string, id: string, frame?: Frame): TemplateResult;
export {};
