import { type SVGTemplateResult, type TemplateResult } from 'lit';
/**
 * An illustration as screen readers need it: an image named by a hidden element holding the
 * text alternative from the locale. `content` is the drawing's inner SVG. The name is not an
 * SVG <title>: Lit's server rendering cannot fill a binding inside <title>, and the static
 * export renders every drawing on the server.
 */
export declare function drawing(content: SVGTemplateResult, alt: string, id: string, { viewBox, part, className, }?: {
    viewBox?: string;
    part?: string;
    className?: string;
}): TemplateResult;
