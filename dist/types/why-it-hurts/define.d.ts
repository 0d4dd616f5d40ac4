import { BackcareWhyItHurts } from './why-it-hurts.js';
export { BackcareWhyItHurts };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-why-it-hurts': BackcareWhyItHurts;
    }
}
