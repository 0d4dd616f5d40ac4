import type { FeedingGuideText } from './texts.js';
export declare const feedingGuide: FeedingGuideText;
