/** A parent holding a baby close, in a 120 x 120 viewBox. */
export declare const parentAndBaby: import("lit-html").TemplateResult<2>;
