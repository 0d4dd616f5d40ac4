import { BackcareWarningSigns } from './warning-signs.js';

export { BackcareWarningSigns };
// The types its attributes and events use, for typed code and for tools.
export type { BackcareTag, Theme } from '../shared/backcare-element.js';

BackcareWarningSigns.define('backcare-warning-signs');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-warning-signs': BackcareWarningSigns;
  }
}
