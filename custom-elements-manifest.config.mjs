import { loadElements } from './scripts/registry.mjs';

const elements = await loadElements();

export default {
  // The public API only: the base class (whose attributes, slots and parts every element
  // inherits), each registered element's class and define file, and the all-in-one entry.
  globs: [
    'src/backcare.ts',
    'src/shared/backcare-element.ts',
    ...elements.flatMap((e) => [`src/${e.folder}/${e.folder}.ts`, `src/${e.folder}/define.ts`]),
  ],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
};
