import { BackcareLiftingTips } from './lifting-tips.js';
export { BackcareLiftingTips };
declare global {
    interface HTMLElementTagNameMap {
        'backcare-lifting-tips': BackcareLiftingTips;
    }
}
