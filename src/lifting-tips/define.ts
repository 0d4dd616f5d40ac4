import { defineElement } from '../shared/define.js';
import { BackcareLiftingTips } from './lifting-tips.js';

export { BackcareLiftingTips };

defineElement('backcare-lifting-tips', BackcareLiftingTips);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-lifting-tips': BackcareLiftingTips;
  }
}
