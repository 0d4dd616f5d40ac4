import type { LiftingTipsText } from './texts.js';
export declare const liftingTips: LiftingTipsText;
