/**
 * The public theme tokens, one entry per `--backcare-<name>` custom property. This list is
 * the only place they are written down: the theme styles (theme.styles.ts), the manifest's
 * `cssProperties` (custom-elements-manifest.config.mjs) and the README's Theming table
 * (scripts/docs.mjs) are all generated from it, so they cannot disagree.
 *
 * Plain data with no imports, so Node scripts can load it as well as the browser bundle.
 */
export interface ThemeToken {
    /** The public name without its `--backcare-` prefix. */
    readonly name: string;
    /** What the token colours or sets, in plain English, for the README and the manifest. */
    readonly description: string;
    /**
     * What `:host` sets from it: a private `--_*` variable that the element styles read, or,
     * for the fonts, the CSS property itself (a private variable would turn the `inherit`
     * fallback into the variable's own inheritance rather than the font's).
     */
    readonly target: `--_${string}` | 'font-family' | 'font-size';
    /** Default in the light scheme, which is also the scheme without any preference. */
    readonly light: string;
    /** Default in the dark scheme. A token with one has a `--backcare-dark-<name>` twin. */
    readonly dark?: string;
    /** Value under `forced-colors: active` (system colours); the host's value is ignored. */
    readonly forcedColors?: string;
    /** Value when printing; the host's value is ignored. */
    readonly print?: string;
}
export declare const tokenPrefix = "--backcare-";
export declare const darkTokenPrefix = "--backcare-dark-";
export declare const themeTokens: readonly ThemeToken[];
