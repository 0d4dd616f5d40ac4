import { BackcareWarningSigns } from './warning-signs.js';

export { BackcareWarningSigns };

BackcareWarningSigns.define('backcare-warning-signs');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-warning-signs': BackcareWarningSigns;
  }
}
