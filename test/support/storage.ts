// Replaces the methods of Storage for a test (storage that throws, is full, or is watched),
// and puts them back afterwards.
const methods = ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const;

export type StorageMethod = (typeof methods)[number];

let originals: Partial<Record<StorageMethod, unknown>> = {};

/** Replaces each Storage method by what `replace` returns for it. */
export function stubStorage(
  replace: (method: StorageMethod, original: (...a: unknown[]) => unknown) => unknown,
): void {
  restoreStorage();
  for (const method of methods) {
    const original = Storage.prototype[method] as (...a: unknown[]) => unknown;
    originals[method] = original;
    (Storage.prototype as unknown as Record<string, unknown>)[method] = replace(method, original);
  }
}

/** Puts back whatever `stubStorage` replaced. */
export function restoreStorage(): void {
  for (const method of methods) {
    if (originals[method]) {
      (Storage.prototype as unknown as Record<string, unknown>)[method] = originals[method];
    }
  }
  originals = {};
}
