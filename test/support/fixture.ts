import { fixture, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { baseLanguage, defaultLanguage, languageTagOf } from '../../src/shared/locale.js';
import { fixturesOf } from './registry.js';

/** A mounted backcare element: a Lit element, so it has `updateComplete`. */
export type Rendered = ReactiveElement;

export interface MountOptions {
  /** Light-DOM content (the fallback a host writes inside the tag), as HTML. */
  readonly children?: string;
  /** Mounts the element inside a `<div>` with this `lang`, as a page section would be. */
  readonly parentLang?: string;
}

/**
 * Mounts `<tag>` with `attributes` (by default the registry's first fixture for the tag),
 * waits for it to render and, when its language is not English, until the translation has
 * rendered; returns the element. The element must be defined; open-wc removes it after the
 * test.
 */
export async function mount<T extends Rendered = Rendered>(
  tag: string,
  attributes: Readonly<Record<string, string>> = fixturesOf(tag)[0] ?? {},
  options: MountOptions = {},
): Promise<T> {
  if (!customElements.get(tag)) throw new Error(`mount: <${tag}> is not defined`);
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (options.children !== undefined) el.innerHTML = options.children;
  let root: Element = el;
  if (options.parentLang !== undefined) {
    root = document.createElement('div');
    root.setAttribute('lang', options.parentLang);
    root.append(el);
  }
  await fixture(root);
  await el.updateComplete;
  const language = baseLanguage(languageTagOf(el));
  if (language !== defaultLanguage && language !== '') {
    // While a translation loads the element shows only its fallback slot; every element
    // renders its `card` part once it has words to show.
    await waitUntil(
      () => el.shadowRoot?.querySelector('[part~="card"]'),
      `<${tag}> never rendered in "${language}"`,
      { timeout: 5000 },
    );
    await el.updateComplete;
  }
  return el;
}
