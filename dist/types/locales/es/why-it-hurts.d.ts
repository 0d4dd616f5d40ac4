import type { WhyItHurtsText } from '../../why-it-hurts/texts.js';
export declare const whyItHurts: WhyItHurtsText;
