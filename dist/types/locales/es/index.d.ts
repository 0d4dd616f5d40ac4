import type { Translation } from '../types.js';
/** Spanish, for every element. Loaded on demand as one chunk when a page asks for `es`. */
declare const es: Translation;
export default es;
