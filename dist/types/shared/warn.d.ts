/**
 * One console warning per distinct problem per page, so a widget that re-renders, or fifty
 * cards with the same typo, do not flood the embedder's console.
 */
export declare function warnOnce(key: string, message: string, ...details: unknown[]): void;
/** Forgets every warning given, so a long-running static export reports each render's own. */
export declare function forgetWarnings(): void;
