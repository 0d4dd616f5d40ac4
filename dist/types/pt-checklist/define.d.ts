import { BackcarePtChecklist, type PtChecklistChangeDetail } from './pt-checklist.js';
export { BackcarePtChecklist };
export type { PtChecklistChangeDetail };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { UrgencyLevel } from './content.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-pt-checklist': BackcarePtChecklist;
    }
    interface GlobalEventHandlersEventMap {
        'backcare-checklist-change': CustomEvent<PtChecklistChangeDetail>;
    }
}
