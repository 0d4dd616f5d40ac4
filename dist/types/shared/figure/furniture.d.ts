/** What parents sit and lie on when feeding, in pixels (y down). */
/** A cushion from x1 to x2, its middle at `y`, `r` thick on each side. */
export declare const pillow: (x1: number, x2: number, y: number, r: number) => string;
/** A footstool on the floor at `floor`, its top at `top`. */
export declare const footstool: (x: number, top: number, width: number, floor: number) => string[];
/** A chair facing +x: seat from `x` to `x + depth` at `seat`, a padded back up to `top`. */
export declare const chair: (x: number, seat: number, depth: number, top: number, floor: number) => string[];
/** A chair seen from the front, centred on `x`, `width` wide: the padded back rising behind
 * the sitter to `top`, the seat's front edge at `seat`, a leg at each side. */
export declare const chairFromFront: (x: number, width: number, seat: number, top: number, floor: number) => string[];
/** A bed seen from above: a firm mattress from (x1, y1) to (x2, y2), the headboard at x1. */
export declare const bedFromAbove: (x1: number, x2: number, y1: number, y2: number) => string[];
