import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Items an embedder lists in the host's light DOM, such as `<ul slot="items"><li …>`. They
 * are read at the host's first update after it connects, and whenever the list, an item's
 * text, its `slot` or one of `attributes` changes: the host is asked for an update and they
 * are read again before it renders. Changes made while the host is disconnected are read at
 * its next update. Reading is left to the host (`read`), which checks the values.
 */
export class SlottedItems<Item> implements ReactiveController {
  /** The items as last read. */
  items: readonly Item[] = [];
  private stale = true;
  private readonly observer = new MutationObserver(() => {
    this.stale = true;
    this.host.requestUpdate();
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The attributes the items are read from. */
    private readonly attributes: readonly string[],
    /** Turns the matching elements, in document order, into the host's items. */
    private readonly read: (elements: readonly Element[]) => Item[],
    /** The elements to read, relative to the host. */
    private readonly selector = ':scope > [slot="items"] li',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stale = true;
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: [...this.attributes, 'slot'],
    });
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  hostUpdate(): void {
    if (!this.stale) return;
    this.stale = false;
    this.items = this.read([...this.host.querySelectorAll(this.selector)]);
  }
}

/** An element's text, without its markup, with runs of white space squeezed to one space. */
export function textOf(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}
