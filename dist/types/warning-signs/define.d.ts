import { BackcareWarningSigns } from './warning-signs.js';
export { BackcareWarningSigns };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-warning-signs': BackcareWarningSigns;
    }
}
