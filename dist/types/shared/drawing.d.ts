import { type TemplateResult } from 'lit';
type Frame = {
    viewBox?: string;
    part?: string;
    className?: string;
};
/**
 * An illustration as screen readers need it: an image named by a hidden element holding the
 * text alternative from the locale. `content` is the drawing's inner SVG. The name is not an
 * SVG <title>: Lit's server rendering cannot fill a binding inside <title>, and the static
 * export renders every drawing on the server.
 */
export declare function image(content: unknown, alt: string, id: string, { viewBox, part, className }?: Frame): TemplateResult;
/** A still drawing as an image (see `image`): `draw` makes its SVG, once per page. A moving
 * figure (the routine's) is rendered with `image` as templates, so each frame only moves its
 * outlines. */
export declare function drawing(draw: () => unknown, alt: string, id: string, frame?: Frame): TemplateResult;
export {};
