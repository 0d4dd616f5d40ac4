import { darkTokenPrefix, themeTokens, tokenPrefix, type ThemeToken } from './tokens.js';

/**
 * The theme tokens as CSS declarations, one string per case, for theme.styles.ts. Only
 * strings leave this module, so the build evaluates it once and ships the result (see
 * scripts/evaluate-at-build.mjs): readers download the CSS, not the table it comes from.
 */
function declarations(value: (token: ThemeToken) => string | undefined): string {
  let text = '';
  for (const token of themeTokens) {
    const v = value(token);
    if (v !== undefined) text += `${token.target}:${v};`;
  }
  return text;
}

/** `:host`: each token read from its public property, with the light default. */
export const lightTokenCss = declarations((t) => `var(${tokenPrefix}${t.name},${t.light})`);

/** The dark scheme: each token that has a dark twin, with the dark default. */
export const darkTokenCss = declarations((t) =>
  t.dark === undefined ? undefined : `var(${darkTokenPrefix}${t.name},${t.dark})`,
);

/** Forced colours: system colours, whatever the host set. */
export const forcedColorTokenCss = declarations((t) => t.forcedColors);

/** Print: black on white, whatever the host set. */
export const printTokenCss = declarations((t) => t.print);
