import type { CommonText, LocaleMeta } from '../../shared/texts.js';
export declare const meta: LocaleMeta;
export declare const common: CommonText;
