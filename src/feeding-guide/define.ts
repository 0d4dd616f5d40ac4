import { BackcareFeedingGuide, type PositionChangeDetail } from './feeding-guide.js';

export { BackcareFeedingGuide, type PositionChangeDetail };

BackcareFeedingGuide.define('backcare-feeding-guide');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-feeding-guide': BackcareFeedingGuide;
  }
  interface GlobalEventHandlersEventMap {
    'backcare-position-change': CustomEvent<PositionChangeDetail>;
  }
}
