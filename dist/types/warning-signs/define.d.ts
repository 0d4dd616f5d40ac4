import { BackcareWarningSigns } from './warning-signs.js';
export { BackcareWarningSigns };
declare global {
    interface HTMLElementTagNameMap {
        'backcare-warning-signs': BackcareWarningSigns;
    }
}
