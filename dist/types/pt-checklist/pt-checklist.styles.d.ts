export declare const ptChecklistStyles: import("lit").CSSResult;
