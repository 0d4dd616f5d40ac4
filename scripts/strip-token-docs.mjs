// A rollup plugin that ships src/shared/tokens.ts without the tokens' descriptions. They are
// documentation for the README and the manifest; in the bundle nothing reads them, and they
// would cost every element about 300 brotli bytes. The module is replaced by its own exports,
// evaluated from the source, so the shipped data cannot drift from the table.
import { importTs } from './load-ts.mjs';

const tokensModule = /[\\/]src[\\/]shared[\\/]tokens\.ts$/;

export function stripTokenDocs() {
  return {
    name: 'strip-token-docs',
    // A transform after the TypeScript plugin's, which compiles from the files on disk.
    async transform(_code, id) {
      if (!tokensModule.test(id)) return null;
      const exports = await importTs(id);
      const code = Object.entries(exports)
        .map(([name, value]) => {
          const data =
            name === 'themeTokens'
              ? value.map((token) =>
                  Object.fromEntries(
                    Object.entries(token).filter(([key]) => key !== 'description'),
                  ),
                )
              : value;
          return `export const ${name} = ${JSON.stringify(data)};\n`;
        })
        .join('');
      return { code, map: null };
    },
  };
}
