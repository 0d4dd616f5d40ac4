/**
 * Colours for the drawings every element shows. Drawings use only these classes, so one set
 * of rules themes them all: the tokens already hold the light, dark, forced-colours and
 * print values (print is black on white).
 *
 * The figures are filled shapes, each edged in the drawing's background colour, so a limb
 * in front of the body, or a joint where two segments meet, shows as a thin gap.
 */
export declare const drawingStyles: import("lit").CSSResult;
