import type { CommonText, LocaleMeta } from '../types.js';
export declare const meta: LocaleMeta;
export declare const common: CommonText;
