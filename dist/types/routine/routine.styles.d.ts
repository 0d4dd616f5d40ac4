export declare const routineStyles: import("lit").CSSResult;
