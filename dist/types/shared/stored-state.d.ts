import type { ReactiveController, ReactiveControllerHost } from 'lit';
/** An element whose embedder opts in to keeping the reader's answers. */
export interface RememberingHost extends ReactiveControllerHost, HTMLElement {
    /** Keep the answers on this device. Without it, storage is never touched. */
    remember: boolean;
    /** Names the answers; defaults to the page's path. */
    storageKey: string | null;
}
/**
 * The reader's answers, kept only when the host's `remember` is on, through `safeStore`
 * under `backcare:NAME:` plus `storage-key` (else the page's path). Whenever `remember` or
 * `storage-key` changes, the store is opened again and what it holds, once `validate` has
 * accepted it, goes to `restore` before the host renders.
 */
export declare class StoredState<T> implements ReactiveController {
    private readonly host;
    private readonly name;
    private readonly validate;
    private readonly restore;
    private store?;
    private remember?;
    private storageKey?;
    constructor(host: RememberingHost, name: string, validate: (data: unknown) => T | undefined, restore: (saved: T) => void);
    hostUpdate(): void;
    /** Keeps `value`, when remembering. */
    write(value: T): void;
    /** Forgets what was kept, when remembering. */
    clear(): void;
}
