export declare const exerciseCardStyles: import("lit").CSSResult;
