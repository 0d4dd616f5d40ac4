import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { svg as staticSvg, unsafeStatic } from 'lit/static-html.js';

/** Each still drawing's SVG, made the first time it is shown: a drawing depends on nothing
 * but its pose data, so every element on the page that shows it reuses it. */
const drawn = new WeakMap<() => unknown, TemplateResult>();

const escaped = (value: unknown) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The markup of a drawing made of `svg` templates (see figure/), values filled in. A figure
 * is dozens of small templates; rendered as they are, each element would stamp every one of
 * them and set each path's outline. As one piece of static markup the page parses a drawing
 * once and every element showing it clones it in one step. A value right after `=` is an
 * attribute's (the kit writes attributes unquoted); any other is content.
 */
function markup(value: unknown): string {
  if (Array.isArray(value)) return value.map(markup).join('');
  if (typeof value === 'object' && value && 'strings' in value) {
    const { strings, values } = value as TemplateResult;
    return values.reduce<string>((out, v, i) => {
      const filled = out.endsWith('=') ? `"${escaped(v)}"` : markup(v);
      return out + filled + strings[i + 1];
    }, strings[0]);
  }
  // Lit's `nothing` and the like, and an empty cue, leave no trace.
  return typeof value === 'string' || typeof value === 'number' ? escaped(value) : '';
}

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

/** A still drawing as an image (see `image`): `draw` makes its SVG, once per page. A moving
 * figure (the routine's) is rendered with `image` as templates, so each frame only moves its
 * outlines. */
export function drawing(draw: () => unknown, alt: string, id: string, frame?: Frame) {
  let content = drawn.get(draw);
  if (content === undefined) {
    drawn.set(draw, (content = staticSvg`${unsafeStatic(markup(draw()))}`));
  }
  return image(content, alt, id, frame);
}
