// The server's DOM shim (@lit-labs/ssr), installed in a web worker before Lit loads. The
// package's own installer assigns every global, and a worker's `location` cannot be
// assigned; so this one adds only what the worker lacks (the DOM classes, `document`,
// `customElements`) and keeps its own `location`, `fetch` and timers.
import { getWindow } from '@lit-labs/ssr/lib/dom-shim.js';

for (const [name, value] of Object.entries(getWindow({}))) {
  if (!(name in globalThis)) globalThis[name] = value;
}
globalThis.window = globalThis;
