import { html, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * An illustration as screen readers need it: an image named by a hidden element holding the
 * text alternative from the locale. `content` is the drawing's inner SVG. The name is not an
 * SVG <title>: Lit's server rendering cannot fill a binding inside <title>, and the static
 * export renders every drawing on the server.
 */
export function drawing(
  content: SVGTemplateResult,
  alt: string,
  id: string,
  {
    viewBox = '0 0 320 200',
    part,
    className,
  }: { viewBox?: string; part?: string; className?: string } = {},
): TemplateResult {
  const image = html`<svg
    viewBox=${viewBox}
    class=${ifDefined(className)}
    part=${ifDefined(part)}
    role="img"
    aria-labelledby=${id}
    focusable="false"
  >
    ${content}
  </svg>`;
  return html`${image}<span id=${id} hidden>${alt}</span>`;
}
