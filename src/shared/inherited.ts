/**
 * Attributes a widget takes from the page as well as from itself, the way `lang` works: the
 * element's own value, else the nearest ancestor's, crossing shadow roots so a widget inside
 * another component still follows the page. A hospital sets `reviewed-by` once on a wrapper.
 */
export const inheritedAttributes = ['lang', 'reviewed-by', 'reviewed-on'] as const;

export type InheritedAttribute = (typeof inheritedAttributes)[number];

/** The nearest non-blank value of `name`, from `element` up; `undefined` when there is none. */
export function inheritedValue(element: Element, name: InheritedAttribute): string | undefined {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name)?.trim();
      if (value) return value;
    }
    node = node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
  }
  return undefined;
}

// One observer for the whole document: a change of one of these attributes anywhere (the
// widget itself, a wrapper, <html>) tells every connected widget to look again.
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;

/** Calls `listener` after any inherited attribute changes in the document; returns the stop. */
export function watchInheritedAttributes(listener: () => void): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: [...inheritedAttributes],
      subtree: true,
    });
  }
  return () => listeners.delete(listener);
}
