// Builds dist/ (bundles and type declarations) and custom-elements.json, and regenerates the
// README's Theming table. `node scripts/build.mjs --out DIR` writes everything under DIR
// instead, so the freshness check can compare a new build with the committed files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
import {
  buildOptions,
  compileHint,
  elementNames,
  hydrateBuildOptions,
  reactBuildOptions,
} from '../rollup.config.mjs';
import { reactEntry } from './react.mjs';
import { backcareEntry, loadElements, reservationStyles } from './registry.mjs';
import { writeReadme } from './docs.mjs';
import { writeExamplePages } from './export.mjs';
import { preloadHintsOf } from './preload.mjs';
import { writePrerenderWorker } from './static/server-build.mjs';

const outIndex = process.argv.indexOf('--out');
const root = outIndex > 0 ? process.argv[outIndex + 1] : '.';
const dist = join(root, 'dist');

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionSource = readFileSync('src/shared/version.ts', 'utf8');
if (!versionSource.includes(`'${pkg.version}'`)) {
  throw new Error(`src/shared/version.ts does not say ${pkg.version}, the version in package.json`);
}

const elements = await loadElements();
// The all-elements entry is generated from the registry. A check build (--out) leaves src/
// alone: the freshness check compares the committed file with a fresh one instead.
if (outIndex < 0) writeFileSync('src/backcare.ts', backcareEntry(elements));

rmSync(dist, { recursive: true, force: true });
const bin = (name) => join('node_modules', '.bin', name);

// The manifest, generated from the JSDoc on the element classes, with the editor data and
// JSX types its plugins write into dist/.
const analyzer = spawnSync(
  bin('custom-elements-manifest'),
  [
    'analyze',
    '--config',
    'custom-elements-manifest.config.mjs',
    '--outdir',
    relative('.', root) || '.',
  ],
  {
    stdio: ['inherit', 'inherit', 'pipe'],
    encoding: 'utf8',
    // The config's plugins write under this root's dist/.
    env: { ...process.env, BACKCARE_BUILD_ROOT: root },
  },
);
// The type parser warns about every internal type it leaves as written (texts, state); only
// the public attributes' types matter, so those lines are dropped and the rest is shown.
const analyzerErrors = analyzer.stderr
  .split('\n')
  .filter((line) => line && !line.includes('[type-parser] - Skipped parsing type'));
if (analyzerErrors.length) console.error(analyzerErrors.join('\n'));
if (analyzer.status !== 0) throw new Error('the manifest analyzer failed (see above)');
const manifestPath = join(root, 'custom-elements.json');
// The analyzer lists modules in whatever order the file system gives; sort them so the
// committed manifest is the same on every machine.
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path, 'en'));
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');

// The React wrappers come from the manifest's elements and events.
if (outIndex < 0) writeFileSync('src/react/index.ts', await reactEntry(manifest));

// A chunk more than one build writes (the export's first render) must come out the same from each.
const written = new Map();
const entryBuilds = buildOptions(dist);
const preload = {};
for (const options of [...entryBuilds, reactBuildOptions(dist), hydrateBuildOptions(dist)]) {
  const bundle = await rollup(options);
  const { output } = await bundle.write(options.output);
  await bundle.close();
  if (entryBuilds.includes(options)) {
    const { entry, lazy } = preloadHintsOf(
      output,
      elements.map((e) => e.tag),
    );
    preload[entry] = lazy;
  }
  for (const chunk of output) {
    const before = written.get(chunk.fileName);
    if (before !== undefined && before !== chunk.code) {
      throw new Error(`dist/${chunk.fileName} differs from one entry's build to another's`);
    }
    written.set(chunk.fileName, chunk.code);
    // An entry is the one file its page needs to show: any chunk it imported statically
    // would be a second request, found only once the entry had been read.
    if (entryBuilds.includes(options) && chunk.isEntry) {
      if (chunk.imports.length) {
        throw new Error(`dist/${chunk.fileName} imports ${chunk.imports.join(', ')}`);
      }
      // The hint counts only as the file's first line; a minifier that moved or dropped it
      // would quietly cost every page its main-thread compile time again.
      if (!chunk.code.startsWith(`${compileHint}\n`)) {
        throw new Error(`dist/${chunk.fileName} does not start with ${compileHint}`);
      }
    }
  }
}

// Which lazy chunks each entry loads, and when, for `<link rel="modulepreload">` lines.
writeFileSync(join(dist, 'preload.json'), JSON.stringify(preload, null, 2) + '\n');

// Type declarations, plus one per element entry so `postpartum-backcare/elements/x.js` is typed.
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', join(dist, 'types')], {
  stdio: 'inherit',
});
mkdirSync(join(dist, 'types', 'elements'), { recursive: true });
for (const name of elementNames) {
  writeFileSync(
    join(dist, 'types', 'elements', `${name}.d.ts`),
    `export * from '../${name}/define.js';\n`,
  );
}

// Optional stylesheet that reserves each element's space before the script runs.
writeFileSync(join(dist, 'backcare.css'), reservationStyles(elements));

// The README's Theming table, from the same token list as the styles and the manifest.
await writeReadme(join(root, 'README.md'));

// The static export's example pages, rendered from the same sources as dist/.
await writeExamplePages(join(root, 'demo', 'static'), dist);

// The embed builder's pre-rendering worker: the same rendering, in the reader's browser.
await writePrerenderWorker(join(root, 'demo', 'prerender'));

console.log(
  `built ${relative('.', dist) || dist}: backcare.js, ${elementNames.length} element entries, react.js, hydrate.js, demo/static/ and demo/prerender/`,
);
