import { BackcareWhyItHurts } from './why-it-hurts.js';

export { BackcareWhyItHurts };

BackcareWhyItHurts.define('backcare-why-it-hurts');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-why-it-hurts': BackcareWhyItHurts;
  }
}
