import { BackcarePtChecklist, type PtChecklistChangeDetail } from './pt-checklist.js';

export { BackcarePtChecklist };
export type { PtChecklistChangeDetail };

BackcarePtChecklist.define('backcare-pt-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-pt-checklist': BackcarePtChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'backcare-checklist-change': CustomEvent<PtChecklistChangeDetail>;
  }
}
