export declare const warningSignsStyles: import("lit").CSSResult;
