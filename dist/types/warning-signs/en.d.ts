import type { WarningSignsText } from './texts.js';
export declare const warningSigns: WarningSignsText;
