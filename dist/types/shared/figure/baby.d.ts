import { type Point } from './draw.js';
/**
 * A newborn, swaddled, for a parent drawn at `s` pixels per H: a baby of about 50 cm is
 * about 0.3 H long, its head about a quarter of that. The head is at `at`, the body runs
 * along `angle` (degrees, 0 to the right, 90 up).
 */
export declare function baby(at: Point, angle: number, s: number): import("lit-html").TemplateResult<2>;
