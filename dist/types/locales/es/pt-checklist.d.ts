import type { PtChecklistText } from '../../pt-checklist/texts.js';
export declare const ptChecklist: PtChecklistText;
