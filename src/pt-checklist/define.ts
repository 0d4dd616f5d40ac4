import { BackcarePtChecklist, type PtChecklistChangeDetail } from './pt-checklist.js';

export { BackcarePtChecklist };
export type { PtChecklistChangeDetail };
// The types its attributes and events use, for typed code and for tools.
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { UrgencyLevel } from './content.js';

BackcarePtChecklist.define('backcare-pt-checklist');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-pt-checklist': BackcarePtChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'backcare-checklist-change': CustomEvent<PtChecklistChangeDetail>;
  }
}
