import { version } from './version.js';
import { warnOnce } from './warn.js';

type BackcareConstructor = CustomElementConstructor & { readonly backcareVersion?: string };

/**
 * Registers a tag unless it is already registered, so loading the bundle twice, or the full
 * bundle beside a single-element file, never throws. If the copy already registered is a
 * different version, the embedder gets a single warning (the first copy stays in charge).
 */
export function defineElement(tag: string, element: BackcareConstructor): void {
  const existing = customElements.get(tag) as BackcareConstructor | undefined;
  if (!existing) {
    customElements.define(tag, element);
  } else if (existing.backcareVersion !== version) {
    warnOnce(
      'define-version',
      `backcare: two different versions are loaded on this page (${existing.backcareVersion ?? 'unknown'} and ${version}). The first one loaded is used; remove the other script tag.`,
    );
  }
}
