/**
 * Colours for the line drawings every element shows. Drawings use only these classes, so
 * one set of rules themes them all, in light, dark, forced colours and print alike.
 */
export declare const drawingStyles: import("lit").CSSResult;
