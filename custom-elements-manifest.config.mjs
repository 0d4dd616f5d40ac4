export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/locales/**', 'src/content/**'],
  outdir: '.',
  litelement: true,
};
