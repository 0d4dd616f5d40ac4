/** The session screens' styles and the printed sheet's, adopted once the session loads. */
export declare const sessionStyles: import("lit").CSSResult;
