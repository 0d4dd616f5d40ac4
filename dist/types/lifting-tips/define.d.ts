import { BackcareLiftingTips } from './lifting-tips.js';
export { BackcareLiftingTips };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { MomentChoice } from './content.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-lifting-tips': BackcareLiftingTips;
    }
}
