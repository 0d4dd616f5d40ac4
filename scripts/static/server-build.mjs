// Builds the elements for a server: for Node, for the static export, and for the embed
// builder's web worker, which renders the same way in the browser. The templates go through
// the same minification as dist/, so what the server writes is what the browser's templates
// expect when they hydrate it. Under Node, Lit stays an import, so the elements and
// @lit-labs/ssr share one Lit; the worker bundles its own. Every language is bundled in (the
// browser fetches them as chunks), so a render in Spanish needs no wait once
// `loadLanguages()` has run.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import nodeResolve from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import { browserPlugins, onwarn } from '../../rollup.config.mjs';

const entryId = '\0backcare-server';
const src = (path) => JSON.stringify(resolve('src', path));

const entry = `
export * from ${src('backcare.ts')};
export { localeLoaders } from ${src('locales/index.ts')};
export { forgetWarnings } from ${src('shared/warn.ts')};
import { localeLoaders } from ${src('locales/index.ts')};
import { load } from ${src('shared/locale.ts')};
/** Fetches every language once, before any synchronous render. */
export const loadLanguages = () =>
  Promise.all([...localeLoaders].map(([language, loader]) => load(language, loader)));
`;

/** The virtual module `\0backcare-server`: the entry above. */
const serverEntry = {
  name: 'server-entry',
  resolveId: (id) => (id === entryId ? id : null),
  load: (id) => (id === entryId ? entry : null),
};

/** Writes the Node build under `dir` and imports it; returns its module. */
export async function importServerBuild(dir = resolve('node_modules/.cache/static')) {
  mkdirSync(dir, { recursive: true });
  const bundle = await rollup({
    input: entryId,
    external: (id) => /^(lit|@lit|@lit-labs)(\/|$)/.test(id),
    plugins: [
      serverEntry,
      ...browserPlugins(dir).filter((plugin) => !['node-resolve', 'terser'].includes(plugin.name)),
    ],
    onwarn,
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  const code = output[0].code;
  // Named by content: a changed source gives a new module, not the one Node has cached.
  const file = join(
    dir,
    `elements-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`,
  );
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}

/**
 * What the server's modules import from Node, for a worker: `fetch` is the worker's own,
 * Buffer only turns a template's digest into base64. The DOM shim is a module run for its
 * effect, which the package's `sideEffects` list would otherwise let the bundler drop.
 */
const workerStandIns = {
  name: 'worker-stand-ins',
  resolveId(id, importer) {
    if (id === 'node-fetch' || id === 'buffer') return `\0stand-in:${id}`;
    if (id === './worker-dom-shim.mjs') {
      return { id: resolve(importer, '..', id), moduleSideEffects: true };
    }
    return null;
  },
  load(id) {
    if (id === '\0stand-in:node-fetch') return 'export default (...args) => fetch(...args);';
    if (id === '\0stand-in:buffer') {
      return 'export const Buffer = { from: (text) => ({ toString: () => btoa(text) }) };';
    }
    return null;
  },
};

/**
 * Writes `dir/worker.js`, the embed builder's pre-rendering worker
 * (scripts/static/prerender-worker.mjs): Lit's server build, @lit-labs/ssr and the elements
 * in one module, with the same template minification as dist/, so the HTML it writes
 * hydrates.
 */
export async function writePrerenderWorker(dir) {
  const bundle = await rollup({
    input: 'scripts/static/prerender-worker.mjs',
    plugins: [
      serverEntry,
      workerStandIns,
      // Lit's and the shim's server builds, as under Node.
      nodeResolve({ exportConditions: ['node'], preferBuiltins: false }),
      ...browserPlugins(dir).filter((plugin) => plugin.name !== 'node-resolve'),
    ],
    onwarn(warning) {
      // The shim's compiled classes test `this` at the top level of a module, as TypeScript
      // writes them; in a module it is undefined, which is what they expect.
      if (warning.code === 'THIS_IS_UNDEFINED' && warning.id?.includes('ssr-dom-shim')) return;
      onwarn(warning);
    },
  });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'worker.js'), output[0].code);
}
