// The static export's Node API: any element, with any of its documented attributes and in any
// language, rendered by @lit-labs/ssr to HTML with declarative shadow DOM, which a browser
// shows with no script at all. See the README's "Without JavaScript".
//
//   import { renderElement, renderPage } from './scripts/static/render.mjs';
//   const card = await renderElement('backcare-exercise-card', { attributes: { exercise: 'bridge' } });
//   stylePolicy(card); // "style-src 'self' 'sha256-…'", for a strict Content-Security-Policy
//
// Bad input (an unknown element, attribute or value, a language without texts) rejects with
// an ExportError whose message names what is wrong and what is valid.
import { readFileSync } from 'node:fs';
// The DOM shim must be in place before Lit loads, so it comes first.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { importServerBuild } from './server-build.mjs';

export { styleHashes, stylePolicy } from './style-policy.mjs';

/** Bad input to the export: its message is meant for the person who asked. */
export class ExportError extends Error {
  name = 'ExportError';
}

/** `static`: for a page that runs no script. `hydrate`: for a page that loads ours later. */
export const modes = ['static', 'hydrate'];

let server;
/** The elements built for Node, with every language loaded, once per process. */
function elements() {
  server ??= importServerBuild().then(async (module) => {
    await module.loadLanguages();
    return module;
  });
  return server;
}

/** Each element's documented attributes, from the manifest: name → allowed values or null. */
function documented() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
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

const escapeAttribute = (value) =>
  String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function check(tag, attributes, mode, content) {
  const tags = documented();
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
 * `<tag …>` as HTML with its shadow root declared, ready to paste into a page.
 * - `attributes`: documented attributes, by name (`true` for a boolean one).
 * - `lang`: the widget's language (`es`, `es-MX`…); absent means English. It is written on
 *   the element either way: the server sees no ancestor's `lang`, so the browser must not
 *   either, or it would hydrate one language's markup as another's.
 * - `mode`: `static` (every hold and item shown, no controls) or `hydrate` (what the browser
 *   first renders itself, for a page that loads `dist/hydrate.js` and an element entry).
 * - `content`: HTML for the light DOM (slotted notes, a contact line), written as given.
 */
export async function renderElement(
  tag,
  { attributes = {}, lang = attributes.lang ?? 'en', mode = 'static', content = '' } = {},
) {
  check(tag, attributes, mode, content);
  const { forgetWarnings } = await elements();
  const all = { ...attributes, lang };
  if (mode === 'static') all['rendered-static'] = true;
  const attributeText = Object.entries(all)
    .filter(([, value]) => value !== false && value !== null && value !== undefined)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const template = html`${unsafeStatic(`<${tag}${attributeText}>${content}</${tag}>`)}`;

  // The elements warn, once each, about anything they ignore; here any warning is an error.
  forgetWarnings();
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

const pageStyle = `body {
        max-inline-size: 46rem;
        margin: 2rem auto;
        padding: 0 1rem;
        font-family: system-ui, sans-serif;
        line-height: 1.5;
      }
      body > * + * {
        margin-block-start: 1.5rem;
      }`;

/**
 * A whole HTML page around rendered elements (`body`). `scripts` lists module scripts to load
 * at the end, in order: for a page that hydrates, `dist/hydrate.js` and then an element entry.
 * `preload` lists the lazy chunks the scripts will ask for (see scripts/preload.mjs), so
 * they are fetched with the scripts rather than after them.
 */
export function renderPage({ title, lang = 'en', body, scripts = [], preload = [] }) {
  const tags = [
    ...preload.map((href) => `    <link rel="modulepreload" href="${escapeAttribute(href)}" />\n`),
    ...scripts.map((src) => `    <script type="module" src="${escapeAttribute(src)}"></script>\n`),
  ];
  return `<!doctype html>
<html lang="${escapeAttribute(lang)}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeAttribute(title)}</title>
    <style>
      ${pageStyle}
    </style>
  </head>
  <body>
${body}
${tags.join('')}  </body>
</html>
`;
}
