// The embed builder's pre-rendering, as a module web worker (built to
// demo/prerender/worker.js by server-build.mjs): the static export's own rendering, so a
// blogger without Node or a build step gets the same HTML as `npm run export -- … --mode
// hydrate`. A worker, because the server's DOM shim would break the builder's own page.
//
//   worker.postMessage({ manifest })                 once, first: custom-elements.json
//   worker.postMessage({ id, tag, options })  →  { id, html } or { id, error }
//
// `options` are `renderElement`'s. Bad input comes back as `error`, the export's message.
import './worker-dom-shim.mjs';
import { ExportError, documentedAttributes, renderElementWith } from './render-core.mjs';
import * as elements from '\0backcare-server';

const ready = elements.loadLanguages();
let tags;

self.addEventListener('message', async ({ data: { manifest, id, tag, options } }) => {
  if (manifest) {
    tags = documentedAttributes(manifest);
    return;
  }
  await ready;
  try {
    self.postMessage({ id, html: renderElementWith(elements, tags, tag, options) });
  } catch (error) {
    // Bad input gets its message alone; anything else is a defect and keeps its stack.
    const message = error instanceof ExportError ? error.message : String(error?.stack ?? error);
    self.postMessage({ id, error: message });
  }
});
