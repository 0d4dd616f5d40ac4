export declare const feedingGuideStyles: import("lit").CSSResult;
