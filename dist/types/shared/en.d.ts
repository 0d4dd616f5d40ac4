import type { CommonText, LocaleMeta } from './texts.js';
/** English is built into every element; these are the words all of them share. */
export declare const meta: LocaleMeta;
export declare const common: CommonText;
