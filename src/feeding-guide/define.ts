import { defineElement } from '../shared/define.js';
import { BackcareFeedingGuide, type PositionChangeDetail } from './feeding-guide.js';

export { BackcareFeedingGuide, type PositionChangeDetail };

defineElement('backcare-feeding-guide', BackcareFeedingGuide);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-feeding-guide': BackcareFeedingGuide;
  }
  interface HTMLElementEventMap {
    'backcare-position-change': CustomEvent<PositionChangeDetail>;
  }
}
