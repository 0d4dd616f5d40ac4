// Builds the elements for Node, for the static export. The templates go through the same
// minification as dist/, so what the server writes is what the browser's templates expect
// when they hydrate it; Lit stays an import, so the elements and @lit-labs/ssr share one Lit.
// Every language is bundled in (the browser fetches them as chunks), so a render in Spanish
// needs no wait once `loadLanguages()` has run.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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

/** Writes the Node build under `dir` and imports it; returns its module. */
export async function importServerBuild(dir = resolve('node_modules/.cache/static')) {
  mkdirSync(dir, { recursive: true });
  const bundle = await rollup({
    input: entryId,
    external: (id) => /^(lit|@lit|@lit-labs)(\/|$)/.test(id),
    plugins: [
      {
        name: 'server-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? entry : null),
      },
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
