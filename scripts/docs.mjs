// The README's Theming table, generated from src/shared/tokens.ts so it lists exactly the
// tokens the styles read. `node scripts/docs.mjs` rewrites it in README.md; the build writes
// the regenerated README next to its output, and the freshness check compares the two.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import { importTs } from './load-ts.mjs';

export const tokensStart = '<!-- tokens:start -->';
export const tokensEnd = '<!-- tokens:end -->';

const code = (text) => `\`${text}\``;
// A pipe would end the cell early.
const cell = (text) => text.replaceAll('|', '\\|');

/** The Markdown table of every token, formatted the way prettier formats README.md. */
export async function tokensTable() {
  const { themeTokens, tokenPrefix, darkTokenPrefix } = await importTs('src/shared/tokens.ts');
  const rows = [
    ['property', 'what it sets', 'light default', `dark default (${code(`${darkTokenPrefix}*`)})`],
    ['-', '-', '-', '-'],
    ...themeTokens.map((token) => [
      code(tokenPrefix + token.name),
      cell(token.description),
      code(token.light),
      token.dark === undefined ? '' : code(token.dark),
    ]),
  ];
  const markdown = rows.map((row) => `| ${row.join(' | ')} |\n`).join('');
  const config = await prettier.resolveConfig('README.md');
  return prettier.format(markdown, { ...config, parser: 'markdown' });
}

/** `readme` with the text between the token markers replaced by a fresh table. */
export async function withTokensTable(readme) {
  const start = readme.indexOf(tokensStart);
  const end = readme.indexOf(tokensEnd);
  if (start < 0 || end < start) {
    throw new Error(
      `README.md needs the markers ${tokensStart} and ${tokensEnd}, in that order, around the Theming table`,
    );
  }
  return `${readme.slice(0, start + tokensStart.length)}\n\n${await tokensTable()}\n${readme.slice(end)}`;
}

/** Writes the README with a fresh table to `out` (README.md itself by default). */
export async function writeReadme(out = 'README.md') {
  const fresh = await withTokensTable(readFileSync('README.md', 'utf8'));
  writeFileSync(out, fresh);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeReadme();
  console.log('README.md: Theming table regenerated from src/shared/tokens.ts');
}
