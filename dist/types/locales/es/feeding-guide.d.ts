import type { FeedingGuideText } from '../../feeding-guide/texts.js';
export declare const feedingGuide: FeedingGuideText;
