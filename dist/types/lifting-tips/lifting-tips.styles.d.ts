export declare const liftingTipsStyles: import("lit").CSSResult;
