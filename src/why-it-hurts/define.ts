import { BackcareWhyItHurts } from './why-it-hurts.js';

export { BackcareWhyItHurts };
// The types its attributes and events use, for typed code and for tools.
export type { BackcareTag, Theme } from '../shared/backcare-element.js';

BackcareWhyItHurts.define('backcare-why-it-hurts');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-why-it-hurts': BackcareWhyItHurts;
  }
}
