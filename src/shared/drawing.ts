import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { svg as staticSvg, unsafeStatic } from 'lit/static-html.js';
import { svgText, type Markup } from './figure/draw.js';

/** Each still drawing's SVG, made the first time it is shown: a drawing depends on nothing
 * but its pose data, so every element on the page that shows it reuses it. */
const drawn = new WeakMap<() => Markup, TemplateResult>();

type Frame = { viewBox?: string; part?: string; className?: string };

/**
 * An illustration as screen readers need it: an image named by a hidden element holding the
 * text alternative from the locale. `content` is the drawing's inner SVG. The name is not an
 * SVG <title>: Lit's server rendering cannot fill a binding inside <title>, and the static
 * export renders every drawing on the server.
 */
export function image(
  content: unknown,
  alt: string,
  id: string,
  { viewBox = '0 0 320 200', part, className }: Frame = {},
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

/**
 * A still drawing as an image (see `image`): `draw` makes its SVG markup (see figure/), once
 * per page. As one static template, the page parses a drawing once and every element showing
 * it clones it in one step; made of a template per part, each element would stamp dozens.
 */
export function drawing(draw: () => Markup, alt: string, id: string, frame?: Frame) {
  let content = drawn.get(draw);
  if (content === undefined) {
    drawn.set(draw, (content = staticSvg`${unsafeStatic(svgText(draw()))}`));
  }
  return image(content, alt, id, frame);
}
