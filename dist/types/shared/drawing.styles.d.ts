/**
 * Colours for the drawings every element shows. Drawings use only these classes, so one set
 * of rules themes them all: the tokens already hold the light, dark, forced-colours and
 * print values (print is black on white).
 *
 * A figure's parts are filled outlines, one path per
 * layer, edged in the background colour, so a layer in front of another shows a thin gap.
 */
export declare const drawingStyles: import("lit").CSSResult;
