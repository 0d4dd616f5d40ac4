import { BackcareFeedingGuide, type PositionChangeDetail } from './feeding-guide.js';
export { BackcareFeedingGuide, type PositionChangeDetail };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { FeedingPosition, FeedingType } from './content.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-feeding-guide': BackcareFeedingGuide;
    }
    interface GlobalEventHandlersEventMap {
        'backcare-position-change': CustomEvent<PositionChangeDetail>;
    }
}
