/**
 * Reads a whole number from an attribute. Returns `undefined` when the attribute is absent
 * or not a whole number in `[min, max]`; in the second case the embedder gets one warning
 * naming the valid range.
 */
export declare function wholeNumberAttribute(tag: string, attribute: string, value: string | null | undefined, min: number, max: number): number | undefined;
/**
 * Reads an attribute that must be one of a fixed list. Returns `fallback` when it is absent,
 * or, with one warning listing the valid values, when it is anything else.
 */
export declare function choiceAttribute<T extends string>(tag: string, attribute: string, value: string | null | undefined, choices: readonly T[], fallback: T): T;
