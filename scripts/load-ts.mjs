// Imports a TypeScript module of src/ from a Node script (the build, the manifest config, the
// benchmark): esbuild bundles it with what it imports into one ES module, written under
// node_modules/.cache so that packages it leaves out (Lit) resolve as usual. Only for modules
// that are data or plain functions: nothing that needs a DOM at import time.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const cache = resolve('node_modules/.cache/load-ts');

export async function importTs(path) {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    packages: 'external',
  });
  const code = result.outputFiles[0].text;
  mkdirSync(cache, { recursive: true });
  const file = join(cache, `${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  writeFileSync(file, code);
  return import(pathToFileURL(file).href);
}
