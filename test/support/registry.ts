import { elements } from '../../src/registry.js';

export { elements, english } from '../../src/registry.js';

/** The fixtures of `tag` from the registry; an unknown tag is mounted once, bare. */
export function fixturesOf(tag: string): readonly Readonly<Record<string, string>>[] {
  return elements.find((entry) => entry.tag === tag)?.fixtures ?? [{}];
}

/**
 * Hands the fixtures to the host pages under test/pages/, which load only the built files as
 * a real host would: their probe reads `backcareFixtures` from the window that opened them.
 */
export function shareFixturesWithPages(): void {
  (window as Window & { backcareFixtures?: object }).backcareFixtures = Object.fromEntries(
    elements.map((entry) => [entry.tag, entry.fixtures]),
  );
}
