import type { Translation } from '../types.js';
/**
 * Spanish, for every element. Loaded on demand as one chunk when a page asks for `es`; in
 * each entry's build, cut to the parts that entry shows (scripts/language-parts.mjs reads
 * the imports below, one part module a line).
 */
declare const es: Translation;
export default es;
