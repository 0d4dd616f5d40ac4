// The static export's rendering, with nothing of Node in it: the export (render.mjs) runs it
// under Node, and the embed builder runs it in a web worker (prerender-worker.mjs), so both
// write the same HTML. Whoever imports it must have put a DOM shim in place before Lit loads.
import { render } from '@lit-labs/ssr/lib/render.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';

/** Bad input to the export: its message is meant for the person who asked. */
export class ExportError extends Error {
  name = 'ExportError';
}

/** `static`: for a page that runs no script. `hydrate`: for a page that loads ours later. */
export const modes = ['static', 'hydrate'];

/** Each element's documented attributes, from the manifest: tag → (name → values or null). */
export function documentedAttributes(manifest) {
  const tags = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const attributes = new Map();
      for (const attribute of declaration.attributes ?? []) {
        // `null | 'a' | 'b'` is a closed set; `string` or `boolean` takes any value.
        const choices = [...(attribute.parsedType?.text ?? '').matchAll(/'([^']*)'/g)];
        attributes.set(attribute.name, choices.length ? choices.map((m) => m[1]) : null);
      }
      tags.set(declaration.tagName, attributes);
    }
  }
  return tags;
}

/** `value` written safely between an attribute's double quotes. */
export const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function check(tags, tag, attributes, mode, content) {
  const known = tags.get(tag);
  if (!known) {
    throw new ExportError(`unknown element "${tag}". Elements: ${[...tags.keys()].join(', ')}.`);
  }
  if (!modes.includes(mode)) {
    throw new ExportError(`unknown mode "${mode}". Modes: ${modes.join(', ')}.`);
  }
  for (const [name, value] of Object.entries(attributes)) {
    // Own entries of a Map: an attribute called "constructor" or "__proto__" finds nothing.
    if (!known.has(name) && name !== 'lang') {
      throw new ExportError(
        `<${tag}> has no attribute "${name}". Its attributes: ${[...known.keys(), 'lang'].join(', ')}.`,
      );
    }
    const choices = known.get(name);
    if (choices && !choices.includes(String(value))) {
      throw new ExportError(
        `<${tag}>: ${name}="${value}" is not valid. Valid values: ${choices.join(', ')}.`,
      );
    }
  }
  // These lists are read by the script from the light DOM; a server has no light DOM to read.
  const scripted = /\sslot\s*=\s*["']?(items|plan)\b/.exec(content);
  if (scripted) {
    throw new ExportError(
      `<${tag}>: a slot="${scripted[1]}" list is read by the script, so a static rendering cannot include it. Leave it out of the export.`,
    );
  }
}

/**
 * `<tag …>` as HTML with its shadow root declared (see render.mjs's `renderElement` for the
 * options), rendered by `elements`: a build of the elements for a server, with every language
 * loaded. `tags` is `documentedAttributes` of the manifest.
 */
export function renderElementWith(
  elements,
  tags,
  tag,
  { attributes = {}, lang = attributes.lang ?? 'en', mode = 'static', content = '' } = {},
) {
  check(tags, tag, attributes, mode, content);
  const all = { ...attributes, lang };
  if (mode === 'static') all['rendered-static'] = true;
  const attributeText = Object.entries(all)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const template = html`${unsafeStatic(`<${tag}${attributeText}>${content}</${tag}>`)}`;

  // The elements warn, once each, about anything they ignore; here any warning is an error.
  elements.forgetWarnings();
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(String(message));
  let markup;
  try {
    markup = collectResultSync(render(template));
  } finally {
    console.warn = warn;
  }
  if (warnings.length) throw new ExportError(warnings.join('\n'));
  // The page template's own part markers: only the element's inner ones are for hydration.
  return markup.replace(/^<!--lit-part [^>]*-->/, '').replace(/<!--\/lit-part-->$/, '');
}
