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

// Values whose write to real storage failed; they win over storage until written again.
const memory = new Map<string, string>();

function storage(): Storage | undefined {
  try {
    // Reading `localStorage` itself throws where cookies are blocked.
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

export function safeStore<T>(
  name: string,
  validate: (data: unknown) => T | undefined,
): SafeStore<T> {
  const key = `backcare:${name}`;
  return {
    read() {
      let text: string | null | undefined = memory.get(key);
      try {
        text ??= storage()?.getItem(key);
      } catch {
        return undefined;
      }
      if (text == null) return undefined;
      let value: T | undefined;
      try {
        value = validate(JSON.parse(text));
      } catch {
        // Not JSON: dropped below, like anything `validate` refuses.
      }
      if (value === undefined) this.clear();
      return value;
    },
    write(value) {
      const text = JSON.stringify(value);
      try {
        // Without storage this throws too, and the value is kept in memory.
        (storage() as Storage).setItem(key, text);
        memory.delete(key);
      } catch {
        memory.set(key, text);
      }
    },
    clear() {
      memory.delete(key);
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing was stored, or storage is out of reach: either way nothing is kept.
      }
    },
  };
}
