import { BackcareFeedingGuide, type PositionChangeDetail } from './feeding-guide.js';

export { BackcareFeedingGuide, type PositionChangeDetail };
// The types its attributes and events use, for typed code and for tools.
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { FeedingPosition, FeedingType } from './content.js';

BackcareFeedingGuide.define('backcare-feeding-guide');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-feeding-guide': BackcareFeedingGuide;
  }
  interface GlobalEventHandlersEventMap {
    'backcare-position-change': CustomEvent<PositionChangeDetail>;
  }
}
