import type { WhyItHurtsText } from './texts.js';
export declare const whyItHurts: WhyItHurtsText;
