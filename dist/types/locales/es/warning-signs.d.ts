import type { WarningSignsText } from '../../warning-signs/texts.js';
export declare const warningSigns: WarningSignsText;
