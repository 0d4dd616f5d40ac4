const warned = new Set<string>();

/**
 * One console warning per distinct problem per page, so a widget that re-renders, or fifty
 * cards with the same typo, do not flood the embedder's console.
 */
export function warnOnce(key: string, message: string, ...details: unknown[]): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message, ...details);
}

/** Forgets every warning given, so a long-running static export reports each render's own. */
export function forgetWarnings(): void {
  warned.clear();
}
