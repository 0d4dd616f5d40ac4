export default {
  globs: ['src/**/*.ts'],
  // tokens.ts is data for the theme styles and the docs, not part of the elements' API.
  exclude: ['src/**/*.styles.ts', 'src/shared/tokens.ts', 'src/locales/**', 'src/content/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
};
