/** A parent holding a baby close, upright against the chest, in a 120 x 120 viewBox. */
export declare function parentAndBaby(): string[];
