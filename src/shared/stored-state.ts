import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { safeStore, type SafeStore } from './storage.js';

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
export class StoredState<T> implements ReactiveController {
  private store?: SafeStore<T>;
  private remember?: boolean;
  private storageKey?: string | null;

  constructor(
    private readonly host: RememberingHost,
    private readonly name: string,
    private readonly validate: (data: unknown) => T | undefined,
    private readonly restore: (saved: T) => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { remember, storageKey } = this.host;
    if (remember === this.remember && storageKey === this.storageKey) return;
    this.remember = remember;
    this.storageKey = storageKey;
    this.store = remember
      ? safeStore(`${this.name}:${storageKey ?? location.pathname}`, this.validate)
      : undefined;
    const saved = this.store?.read();
    if (saved) this.restore(saved);
  }

  /** Keeps `value`, when remembering. */
  write(value: T): void {
    this.store?.write(value);
  }

  /** Forgets what was kept, when remembering. */
  clear(): void {
    this.store?.clear();
  }
}
