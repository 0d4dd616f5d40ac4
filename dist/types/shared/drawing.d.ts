import { type TemplateResult } from 'lit';
import { type Markup } from './figure/draw.js';
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
/**
 * A still drawing as an image (see `image`): `draw` makes its SVG markup (see figure/), once
 * per page. As one static template, the page parses a drawing once and every element showing
 * it clones it in one step; made of a template per part, each element would stamp dozens.
 */
export declare function drawing(draw: () => Markup, alt: string, id: string, frame?: Frame): TemplateResult;
export {};
