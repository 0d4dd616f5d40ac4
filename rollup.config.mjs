import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { loadElements } from './scripts/registry.mjs';
import { evaluateAtBuild } from './scripts/evaluate-at-build.mjs';

/** Every element in src/registry.ts gets its own entry point, dist/elements/FOLDER.js. */
export const elementNames = (await loadElements()).map((entry) => entry.folder);

// What every element needs (Lit, the base class, theme, English common texts, the list of
// languages) is one chunk, `chunks/base.js`: no page loads one part without the others, and
// one file is one request fewer and compresses better than two. The shared modules that only
// some elements use stay out of it, with the elements that import them, so the others do not
// pay for them.
const onlySome = ['storage', 'stored-state', 'announcer', 'slotted-items', 'dates', 'exported'];
const sharedChunk = new RegExp(`/src/(shared/(?!(${onlySome.join('|')})\\.ts)|locales/index\\.ts)`);

/** The rollup options, writing to `outDir` (dist/ normally, a scratch folder for checks). */
export function buildOptions(outDir = 'dist') {
  return {
    input: {
      backcare: 'src/backcare.ts',
      ...Object.fromEntries(
        elementNames.map((name) => [`elements/${name}`, `src/${name}/define.ts`]),
      ),
    },
    output: {
      dir: outDir,
      format: 'es',
      entryFileNames: '[name].js',
      // Shared code (Lit, helpers) lands in chunks the entries import, so two entries on one
      // page load Lit once. Locales become chunks of their own, loaded only when needed.
      // Names carry no hash, so the snippets' modulepreload links stay the same from build
      // to build; the versioned CDN path (or the host's own folder) tells releases apart.
      chunkFileNames: 'chunks/[name].js',
      manualChunks(id) {
        if (id.includes('/node_modules/')) return 'base';
        // The drawing helpers and the posable figure are one chunk for the elements that
        // draw; the checklist does not. The figure's props go with the elements using them.
        if (/\/src\/shared\/(drawing|figure\/(body|draw|cues)\.ts)/.test(id)) return 'drawing';
        if (id.includes('/src/shared/figure/')) return undefined;
        // The six exercises are shown by the card and the routine, whose overview needs their
        // words but not their drawings: two chunks.
        if (/\/src\/exercises\/(illustrations|poses)/.test(id)) return 'exercise-drawings';
        // Only the routine's session moves a figure: its movements go with it.
        if (/\/src\/exercises\/motions/.test(id)) return undefined;
        if (/\/src\/exercises\//.test(id)) return 'exercises';
        // The warning signs card is also drawn inside the checklist: one chunk for both.
        if (/\/src\/warning-signs\//.test(id)) return 'warning-signs';
        if (sharedChunk.test(id)) return 'base';
        const locale = /\/src\/locales\/([a-z]{2,3})\//.exec(id)?.[1];
        return locale && locale !== 'en' ? `locale-${locale}` : undefined;
      },
      sourcemap: false,
    },
    preserveEntrySignatures: 'exports-only',
    plugins: [
      nodeResolve({ browser: true }),
      typescript({
        tsconfig: './tsconfig.json',
        compilerOptions: { declaration: false, noEmit: false, outDir, rootDir: 'src' },
        outputToFilesystem: false,
      }),
      evaluateAtBuild(/\/src\/shared\/token-css\.ts$/),
      minifyTemplates(),
      terser({
        ecma: 2021,
        module: true,
        format: { comments: false },
        compress: { passes: 2 },
      }),
    ],
    onwarn(warning) {
      // A warning is a defect here: fail the build rather than ship it.
      throw new Error(`rollup: ${warning.message}`);
    },
  };
}

/**
 * The React wrappers, dist/react.js, built on their own so the plain bundle's chunks do not
 * change: React and @lit/react stay imports for the user's bundler, and each element comes
 * from its own entry (`./elements/NAME.js`), so a page never loads an element twice.
 */
export function reactBuildOptions(outDir = 'dist') {
  const options = buildOptions(outDir);
  return {
    ...options,
    input: { react: 'src/react/index.ts' },
    external: ['react', '@lit/react'],
    output: { dir: outDir, format: 'es', entryFileNames: '[name].js', sourcemap: false },
    plugins: [
      {
        name: 'element-entries',
        resolveId(source, importer) {
          const folder = /^\.\.\/([a-z-]+)\/define\.js$/.exec(source)?.[1];
          if (folder && importer?.includes('/src/react/')) {
            return { id: `./elements/${folder}.js`, external: true };
          }
          return null;
        },
      },
      ...options.plugins,
    ],
  };
}

/**
 * dist/hydrate.js, Lit's hydration support for pages made by the static export. It must run
 * before Lit's element class is defined, so it cannot share the chunk that holds it: it is
 * built on its own, with the copy of lit-html it hydrates and renders with.
 */
export function hydrateBuildOptions(outDir = 'dist') {
  const options = buildOptions(outDir);
  return {
    ...options,
    input: { hydrate: '@lit-labs/ssr-client/lit-element-hydrate-support.js' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].js', sourcemap: false },
  };
}

export default buildOptions();
