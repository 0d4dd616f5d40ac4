import { BackcareFeedingGuide, type PositionChangeDetail } from './feeding-guide.js';
export { BackcareFeedingGuide, type PositionChangeDetail };
declare global {
    interface HTMLElementTagNameMap {
        'backcare-feeding-guide': BackcareFeedingGuide;
    }
    interface HTMLElementEventMap {
        'backcare-position-change': CustomEvent<PositionChangeDetail>;
    }
}
