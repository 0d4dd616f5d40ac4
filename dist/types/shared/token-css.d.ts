/** `:host`: each token read from its public property, with the light default. */
export declare const lightTokenCss: string;
/** The dark scheme: each token that has a dark twin, with the dark default. */
export declare const darkTokenCss: string;
/** Forced colours: system colours, whatever the host set. */
export declare const forcedColorTokenCss: string;
/** Print: black on white, whatever the host set. */
export declare const printTokenCss: string;
