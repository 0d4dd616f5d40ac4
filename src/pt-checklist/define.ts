import { defineElement } from '../shared/define.js';
import { BackcarePtChecklist, type PtChecklistChangeDetail } from './pt-checklist.js';

export { BackcarePtChecklist };
export type { PtChecklistChangeDetail };

defineElement('backcare-pt-checklist', BackcarePtChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-pt-checklist': BackcarePtChecklist;
  }
  interface HTMLElementEventMap {
    'backcare-checklist-change': CustomEvent<PtChecklistChangeDetail>;
  }
}
