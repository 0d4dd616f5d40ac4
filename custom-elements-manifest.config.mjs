import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { importTs } from './scripts/load-ts.mjs';
import { loadElements } from './scripts/registry.mjs';

// Where the build writes (scripts/build.mjs sets it for a check build under another root).
const root = process.env.BACKCARE_BUILD_ROOT ?? '.';
const dist = join(root, 'dist');
/** `backcare-exercise-card` → `exercise-card`, the name of its entry under dist/elements/. */
const entryOf = (tag) => tag.replace(/^backcare-/, '');

const elements = await loadElements();
const { themeTokens, tokenPrefix, darkTokenPrefix } = await importTs('src/shared/tokens.ts');

/** Every theme token as a manifest CSS custom property, each dark twin after its token. */
const tokenProperties = themeTokens.flatMap((token) => [
  { name: tokenPrefix + token.name, description: token.description, default: token.light },
  ...(token.dark === undefined
    ? []
    : [
        {
          name: darkTokenPrefix + token.name,
          description: `Dark-scheme twin of \`${tokenPrefix}${token.name}\`. ${token.description}`,
          default: token.dark,
        },
      ]),
]);

/**
 * Gives every element the theme tokens of src/shared/tokens.ts as its `cssProperties`, so the
 * manifest says what the theme styles actually read. Runs after the analyzer's own JSDoc
 * pass; a `@cssprop` tag naming a token is dropped (the table wins), any other is kept after
 * the tokens.
 */
function themeTokensPlugin() {
  return {
    name: 'backcare-theme-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const tokenNames = new Set(tokenProperties.map((p) => p.name));
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          // Only registered elements: the abstract base class has no tag and no styles.
          if (!declaration.customElement || !declaration.tagName) continue;
          const others = (declaration.cssProperties ?? []).filter((p) => !tokenNames.has(p.name));
          declaration.cssProperties = [...tokenProperties.map((p) => ({ ...p })), ...others];
        }
      }
    },
  };
}

/**
 * Points the manifest at the files the package ships instead of the sources it was read
 * from: an element's class and its define file become one module, its entry
 * `dist/elements/NAME.js` (which defines it and exports it with its types); the all-in-one
 * entry is `dist/backcare.js`; the base class, which lives in a shared chunk, is described by
 * its type declarations. Every reference to a module (exports, superclasses, inherited
 * members) follows.
 */
/**
 * The JSX types import every name each element's entry exports, and each entry re-exports
 * the shared types (`BackcareTag`, `Theme`): a project that checks library types
 * (`skipLibCheck: false`) would stop on the duplicates. Each name is imported once, from the
 * first entry that exports it.
 */
function singleJsxImports(file) {
  return {
    name: 'single-jsx-imports',
    packageLinkPhase() {
      const seen = new Set();
      const source = readFileSync(file, 'utf8').replace(
        /import type \{([^}]*)\} from ("[^"]+");/g,
        (_, names, from) => {
          const fresh = names
            .split(',')
            .map((name) => name.trim())
            .filter((name) => name && !seen.has(name));
          fresh.forEach((name) => seen.add(name));
          return fresh.length ? `import type { ${fresh.join(', ')} } from ${from};` : '';
        },
      );
      writeFileSync(file, source);
    },
  };
}

function shippedPathsPlugin() {
  const shipped = new Map([
    ['src/backcare.ts', 'dist/backcare.js'],
    ['src/shared/backcare-element.ts', 'dist/types/shared/backcare-element.d.ts'],
    ...elements.flatMap((e) => [
      [`src/${e.folder}/${e.folder}.ts`, `dist/elements/${e.folder}.js`],
      [`src/${e.folder}/define.ts`, `dist/elements/${e.folder}.js`],
    ]),
  ]);
  const rename = (path) => {
    // `./shared/version.js` in src/backcare.ts is relative to src/.
    const source = path.replace(/^\.\//, 'src/').replace(/^\//, '').replace(/\.js$/, '.ts');
    return shipped.get(source) ?? source.replace(/^src\/(.*)\.ts$/, 'dist/types/$1.d.ts');
  };
  const follow = (value) => {
    if (Array.isArray(value)) value.forEach(follow);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'module' && typeof v === 'string') value[key] = rename(v);
        else follow(v);
      }
    }
  };
  return {
    name: 'backcare-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      const merged = new Map();
      for (const module of customElementsManifest.modules) {
        follow(module);
        const path = rename(module.path);
        const into = merged.get(path);
        if (!into) merged.set(path, { ...module, path });
        else {
          into.declarations = [...(into.declarations ?? []), ...(module.declarations ?? [])];
          // The define file re-exports the class: list it once.
          const names = new Set((into.exports ?? []).map((e) => `${e.kind}:${e.name}`));
          const fresh = (module.exports ?? []).filter((e) => !names.has(`${e.kind}:${e.name}`));
          into.exports = [...(into.exports ?? []), ...fresh];
        }
      }
      // Each entry defines its element (with the guarded `define`, which the analyzer does
      // not read as a definition).
      for (const module of merged.values()) {
        for (const d of module.declarations ?? []) {
          if (!d.customElement || !d.tagName) continue;
          module.exports = [
            ...(module.exports ?? []),
            {
              kind: 'custom-element-definition',
              name: d.tagName,
              declaration: { name: d.name, module: module.path },
            },
          ];
        }
      }
      customElementsManifest.modules = [...merged.values()];
    },
  };
}

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
  // The type checker lets the type parser spell out named types (`ExerciseId` becomes the
  // ids), so editors and JSX types can offer the values an attribute accepts.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.json');
    return program
      .getSourceFiles()
      .filter((sf) => globs.find((glob) => sf.fileName.includes(glob)));
  },
  plugins: [
    themeTokensPlugin(),
    typeParserPlugin(),
    shippedPathsPlugin(),
    // JSX intrinsic elements for Preact, Solid and React 19 (dist/types/jsx.d.ts).
    jsxTypesPlugin({
      outdir: join(dist, 'types'),
      fileName: 'jsx.d.ts',
      // The base class has no tag and no entry of its own.
      componentTypePath: (_name, tag) =>
        tag ? `./elements/${entryOf(tag)}.js` : './shared/backcare-element.js',
      stronglyTypedEvents: true,
      typesSrc: 'parsedType',
      hideLogs: true,
    }),
    singleJsxImports(join(dist, 'types', 'jsx.d.ts')),
    // Editor completion: VS Code custom data and JetBrains web-types.
    customElementVsCodePlugin({
      outdir: dist,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      typesSrc: 'parsedType',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: dist,
      fileName: 'web-types.json',
      typesSrc: 'parsedType',
      packageJson: false,
      hideLogs: true,
    }),
  ],
};
