/**
 * Attributes a widget takes from the page as well as from itself, the way `lang` works: the
 * element's own value, else the nearest ancestor's, crossing shadow roots so a widget inside
 * another component still follows the page. A hospital sets `reviewed-by` once on a wrapper.
 */
export declare const inheritedAttributes: readonly ["lang", "reviewed-by", "reviewed-on"];
export type InheritedAttribute = (typeof inheritedAttributes)[number];
/** The nearest non-blank value of `name`, from `element` up; `undefined` when there is none. */
export declare function inheritedValue(element: Element, name: InheritedAttribute): string | undefined;
/** Calls `listener` after any inherited attribute changes in the document; returns the stop. */
export declare function watchInheritedAttributes(listener: () => void): () => void;
