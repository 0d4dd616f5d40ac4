import { BackcarePtChecklist, type PtChecklistChangeDetail } from './pt-checklist.js';
export { BackcarePtChecklist };
export type { PtChecklistChangeDetail };
declare global {
    interface HTMLElementTagNameMap {
        'backcare-pt-checklist': BackcarePtChecklist;
    }
    interface GlobalEventHandlersEventMap {
        'backcare-checklist-change': CustomEvent<PtChecklistChangeDetail>;
    }
}
