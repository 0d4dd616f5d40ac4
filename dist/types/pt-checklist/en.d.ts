import type { PtChecklistText } from './texts.js';
export declare const ptChecklist: PtChecklistText;
