type BackcareConstructor = CustomElementConstructor & {
    readonly backcareVersion?: string;
};
/**
 * Registers a tag unless it is already registered, so loading the bundle twice, or the full
 * bundle beside a single-element file, never throws. If the copy already registered is a
 * different version, the embedder gets a single warning (the first copy stays in charge).
 */
export declare function defineElement(tag: string, element: BackcareConstructor): void;
export {};
