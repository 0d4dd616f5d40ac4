/** A clinical review the embedder vouches for with `reviewed-by` and `reviewed-on`. */
export interface Review {
    readonly by: string;
    /** ISO 8601 date of the review. */
    readonly on: string;
}
/**
 * The review that applies to `element`: both attributes, on it or on an ancestor. A widget
 * never claims a review the embedder did not name: with one attribute missing, or a date
 * that is not a past day, it says the content is not clinically reviewed, and the embedder
 * gets one warning saying why.
 */
export declare function reviewOf(element: Element, today?: Date): Review | undefined;
