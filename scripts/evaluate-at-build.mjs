// A rollup plugin that replaces a module by the values it exports, evaluated once at build
// time. For modules that compute data from tables meant for people (src/shared/token-css.ts
// turns the documented token table into CSS text): the bundle carries the result, and the
// table, its descriptions and the code that walks it stay out of every reader's download.
// The values come from the same source, so what ships cannot drift from it.
import { importTs } from './load-ts.mjs';

export function evaluateAtBuild(modules) {
  return {
    name: 'evaluate-at-build',
    // A transform after the TypeScript plugin's, which compiles from the files on disk.
    async transform(_code, id) {
      if (!modules.test(id)) return null;
      const exports = await importTs(id);
      const code = Object.entries(exports)
        .map(([name, value]) => {
          if (typeof value === 'function') throw new Error(`${id}: ${name} is not data`);
          return `export const ${name} = ${JSON.stringify(value)};\n`;
        })
        .join('');
      return { code, map: null };
    },
  };
}
