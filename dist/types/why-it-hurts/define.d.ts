import { BackcareWhyItHurts } from './why-it-hurts.js';
export { BackcareWhyItHurts };
declare global {
    interface HTMLElementTagNameMap {
        'backcare-why-it-hurts': BackcareWhyItHurts;
    }
}
