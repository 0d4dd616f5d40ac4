import type { LocaleLoaders } from '../shared/locale.js';
/**
 * Every language besides English, each fetched on demand as one chunk the first time a
 * widget on the page needs it; each entry's build cuts the chunk to the parts its widgets
 * show (scripts/language-parts.mjs). Adding a language: its folder beside this file, one
 * line here.
 */
export declare const localeLoaders: LocaleLoaders;
