import { defineElement } from '../shared/define.js';
import { BackcareWhyItHurts } from './why-it-hurts.js';

export { BackcareWhyItHurts };

defineElement('backcare-why-it-hurts', BackcareWhyItHurts);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-why-it-hurts': BackcareWhyItHurts;
  }
}
