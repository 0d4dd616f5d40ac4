/**
 * The checklist on paper: a one-page handout on A4 and US Letter, warning signs included.
 * Controls go, the birth date gets a line to write on, and a handout's type size and
 * tighter spacing replace the screen's touch-target sizes.
 */
export declare const ptChecklistPrintStyles: import("lit").CSSResult;
