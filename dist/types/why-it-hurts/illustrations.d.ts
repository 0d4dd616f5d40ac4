/** A parent holding a baby close, centred on the chest, in a 120 x 120 viewBox. */
export declare function parentAndBaby(): import("lit-html").TemplateResult<2>[];
