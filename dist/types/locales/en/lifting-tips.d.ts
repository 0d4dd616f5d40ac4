import type { LiftingTipsText } from '../../lifting-tips/texts.js';
export declare const liftingTips: LiftingTipsText;
