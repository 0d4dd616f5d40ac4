import { BackcareLiftingTips } from './lifting-tips.js';

export { BackcareLiftingTips };
// The types its attributes and events use, for typed code and for tools.
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { MomentChoice } from './content.js';

BackcareLiftingTips.define('backcare-lifting-tips');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-lifting-tips': BackcareLiftingTips;
  }
}
