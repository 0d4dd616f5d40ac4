/**
 * Opt-in memory for widgets that the embedder allows to remember the reader's answers.
 *
 * Every key is namespaced `backcare:…`. Every access is wrapped, so private browsing, a
 * sandboxed iframe, disabled storage or a full quota never breaks a widget: the value is then
 * kept in memory for the rest of the page's life, and nothing is said to the reader. Stored
 * data is parsed and checked by the caller's `validate`; anything else is dropped silently.
 */
export interface SafeStore<T> {
    /** The stored value, or `undefined` when there is none or it is unreadable. */
    read(): T | undefined;
    write(value: T): void;
    clear(): void;
}
export declare function safeStore<T>(name: string, validate: (data: unknown) => T | undefined): SafeStore<T>;
