// The static export's Node API: any element, with any of its documented attributes and in any
// language, rendered by @lit-labs/ssr to HTML with declarative shadow DOM, which a browser
// shows with no script at all. See the README's "Without JavaScript".
//
//   import { renderElement, renderPage } from './scripts/static/render.mjs';
//   const card = await renderElement('backcare-exercise-card', { attributes: { exercise: 'bridge' } });
//   await stylePolicy(card); // "style-src 'self' 'sha256-…'", for a strict Content-Security-Policy
//
// Bad input (an unknown element, attribute or value, a language without texts) rejects with
// an ExportError whose message names what is wrong and what is valid.
import { readFileSync } from 'node:fs';
// The DOM shim must be in place before Lit loads, so it comes first.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { documentedAttributes, escapeAttribute, renderElementWith } from './render-core.mjs';
import { importServerBuild } from './server-build.mjs';

export { ExportError, modes } from './render-core.mjs';
export { styleHashes, stylePolicy } from './style-policy.mjs';

let server;
let documented;
/** The elements built for Node, with every language loaded, once per process. */
function elements() {
  server ??= importServerBuild().then(async (module) => {
    await module.loadLanguages();
    return module;
  });
  return server;
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
export async function renderElement(tag, options = {}) {
  // Read on the first render, once the build has written the manifest, then kept.
  documented ??= documentedAttributes(JSON.parse(readFileSync('custom-elements.json', 'utf8')));
  return renderElementWith(await elements(), documented, tag, options);
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
