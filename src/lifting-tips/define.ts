import { BackcareLiftingTips } from './lifting-tips.js';

export { BackcareLiftingTips };

BackcareLiftingTips.define('backcare-lifting-tips');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-lifting-tips': BackcareLiftingTips;
  }
}
