export declare const whyItHurtsStyles: import("lit").CSSResult;
