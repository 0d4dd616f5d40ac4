import { importTs } from './scripts/load-ts.mjs';
import { loadElements } from './scripts/registry.mjs';

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
  plugins: [themeTokensPlugin()],
};
