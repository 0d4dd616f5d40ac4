import nodeResolve from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { loadElements } from './scripts/registry.mjs';
import { evaluateAtBuild } from './scripts/evaluate-at-build.mjs';
import { languageParts } from './scripts/language-parts.mjs';

const registered = await loadElements();

/** Every element in src/registry.ts gets its own entry point, dist/elements/FOLDER.js. */
export const elementNames = registered.map((entry) => entry.folder);

/** The text parts each entry shows (see scripts/language-parts.mjs): backcare.js, all. */
const partsOf = Object.fromEntries(
  registered.map((entry) => [`elements/${entry.folder}`, Object.keys(entry.texts)]),
);
partsOf.backcare = [...new Set(Object.values(partsOf).flat())];

/** The entries a page loads with one script tag: every element, or one. */
const entries = {
  backcare: 'src/backcare.ts',
  ...Object.fromEntries(elementNames.map((name) => [`elements/${name}`, `src/${name}/define.ts`])),
};

/** What turns the TypeScript sources into small browser modules; fresh for every build. */
export function browserPlugins(outDir = 'dist') {
  return [
    nodeResolve({ browser: true }),
    typescript({
      tsconfig: './tsconfig.json',
      compilerOptions: { declaration: false, noEmit: false, outDir, rootDir: 'src' },
      outputToFilesystem: false,
    }),
    evaluateAtBuild(/\/src\/shared\/token-css\.ts$/),
    // Lit ships templates as written: this squeezes the markup of our html``/svg`` templates
    // and the CSS of our css`` ones (with lightningcss), so no reader downloads an indent.
    // Whitespace collapses to one space, never to none: "Bridge 10 repetitions" is two
    // elements with a space between them, and the space is part of what is read.
    minifyHtmlLiterals({
      include: ['**/src/**'],
      failOnError: true,
      options: { minifyOptions: { conservativeCollapse: true } },
    }),
    terser({
      ecma: 2021,
      module: true,
      // Every comment goes but the compile hint an entry starts with (see `compileHint`). A
      // pattern, not a function: the plugin hands its options to worker threads as text.
      format: { comments: /^# allFunctionsCalledOnLoad$/ },
      compress: { passes: 2 },
    }),
  ];
}

/**
 * The first line of every entry: Chromium's explicit compile hint (V8's
 * `allFunctionsCalledOnLoad`). An entry's functions nearly all run before its widgets first
 * paint (Lit, the element, its texts, its drawings); with the hint the browser compiles them
 * on a background thread while the file streams in, instead of one by one on the page's main
 * thread the first time each is called. Other browsers read it as a comment. Lazy chunks go
 * without: a language is data, and the routine's session runs only once a reader starts it.
 */
export const compileHint = '//# allFunctionsCalledOnLoad';

/** The one lazy module every entry's build makes the same: the export's first render. */
const shared = /\/src\/shared\/exported\.ts$/;

export function onwarn(warning) {
  // A warning is a defect here: fail the build rather than ship it.
  throw new Error(`rollup: ${warning.message}`);
}

/**
 * One build per entry: `dist/backcare.js` and each `dist/elements/NAME.js` is one file that
 * holds Lit and everything its widgets need, so a page makes one request, with nothing to
 * discover after it. Measured against shared chunks, one file per entry is about 1 KB
 * smaller for one element (the chunks' imports, exports and separate compression) and 6 KB
 * for all of them. What a page needs only sometimes stays apart, under `chunks/`: a
 * language other than English, the static export's first render, the routine's session.
 * A page that mixes single-element files loads Lit once per file; one with several kinds of
 * widget should load `backcare.js` instead.
 */
export function buildOptions(outDir = 'dist') {
  return Object.entries(entries).map(([name, input]) => ({
    input: { [name]: input },
    output: {
      dir: outDir,
      format: 'es',
      entryFileNames: '[name].js',
      banner: (chunk) => (chunk.isEntry ? compileHint : ''),
      // Names carry no hash: the versioned CDN path (or the host's own folder) tells
      // releases apart. The export's first render imports nothing, so every entry shares one
      // copy (scripts/build.mjs checks that the builds wrote the same file). A language, cut
      // to the parts the entry shows (see scripts/language-parts.mjs), is the entry's own, and
      // so is a chunk that imports from its entry, such as the routine's session.
      chunkFileNames: (chunk) =>
        chunk.moduleIds.every((id) => shared.test(id))
          ? 'chunks/[name].js'
          : `chunks/${name.replace('elements/', '')}/[name].js`,
      manualChunks(id) {
        const locale = /\/src\/locales\/([a-z]{2,3})\//.exec(id)?.[1];
        return locale && locale !== 'en' ? `locale-${locale}` : undefined;
      },
      sourcemap: false,
    },
    // The lazy chunks import what they share with the entry from the entry itself.
    preserveEntrySignatures: 'allow-extension',
    plugins: [languageParts(partsOf[name]), ...browserPlugins(outDir)],
    onwarn,
  }));
}

/**
 * The React wrappers, dist/react.js, built on their own: React and @lit/react stay imports
 * for the user's bundler, and the elements come from `./backcare.js`, so an app that uses
 * several wrappers loads Lit and the elements once.
 */
export function reactBuildOptions(outDir = 'dist') {
  return {
    input: { react: 'src/react/index.ts' },
    external: ['react', '@lit/react'],
    output: { dir: outDir, format: 'es', entryFileNames: '[name].js', sourcemap: false },
    plugins: [
      {
        name: 'element-entries',
        resolveId(source, importer) {
          if (/^\.\.\/[a-z-]+\/define\.js$/.test(source) && importer?.includes('/src/react/')) {
            return { id: './backcare.js', external: true };
          }
          return null;
        },
      },
      ...browserPlugins(outDir),
    ],
    onwarn,
  };
}

/**
 * dist/hydrate.js, Lit's hydration support for pages made by the static export. It must run
 * before Lit's element class is defined, so it cannot be part of an entry: it is built on
 * its own, with the copy of lit-html it hydrates and renders with.
 */
export function hydrateBuildOptions(outDir = 'dist') {
  return {
    input: { hydrate: '@lit-labs/ssr-client/lit-element-hydrate-support.js' },
    output: { dir: outDir, format: 'es', entryFileNames: '[name].js', sourcemap: false },
    plugins: browserPlugins(outDir),
    onwarn,
  };
}

export default buildOptions();
