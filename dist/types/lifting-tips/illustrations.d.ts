/** A good lift, in a 320 x 200 viewBox: close to the crib, facing it, knees and hips bent, back straight. */
export declare const goodLift: import("lit-html").TemplateResult<2>;
