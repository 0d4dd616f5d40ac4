/**
 * Public tokens (`--backcare-*`, listed in tokens.ts) are read once here into private `--_*`
 * variables that the element styles use, so a host can theme every widget with a handful of
 * properties and no selector can reach past them. Dark defaults apply with the reader's dark
 * preference unless `theme="light"`, or always with `theme="dark"`.
 */
export declare const themeStyles: import("lit").CSSResult;
