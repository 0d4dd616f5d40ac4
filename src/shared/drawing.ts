import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * An illustration as screen readers need it: an image named by its <title>, which holds the
 * text alternative from the locale. `content` is the drawing's inner SVG.
 */
export function drawing(
  content: unknown,
  alt: string,
  id: string,
  {
    viewBox = '0 0 320 200',
    part,
    className,
  }: { viewBox?: string; part?: string; className?: string } = {},
): TemplateResult {
  return html`<svg
    viewBox=${viewBox}
    class=${ifDefined(className)}
    part=${ifDefined(part)}
    role="img"
    aria-labelledby=${id}
    focusable="false"
  >
    <title id=${id}>${alt}</title>
    ${content}
  </svg>`;
}
