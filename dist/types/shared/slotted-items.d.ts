import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * Items an embedder lists in the host's light DOM, such as `<ul slot="items"><li …>`. They
 * are read at the host's first update after it connects, and whenever the list, an item's
 * text, its `slot` or one of `attributes` changes: the host is asked for an update and they
 * are read again before it renders. Changes made while the host is disconnected are read at
 * its next update. Reading is left to the host (`read`), which checks the values.
 */
export declare class SlottedItems<Item> implements ReactiveController {
    private readonly host;
    /** The attributes the items are read from. */
    private readonly attributes;
    /** Turns the matching elements, in document order, into the host's items. */
    private readonly read;
    /** The elements to read, relative to the host. */
    private readonly selector;
    /** The items as last read. */
    items: readonly Item[];
    private stale;
    private readonly observer;
    constructor(host: ReactiveControllerHost & HTMLElement, 
    /** The attributes the items are read from. */
    attributes: readonly string[], 
    /** Turns the matching elements, in document order, into the host's items. */
    read: (elements: readonly Element[]) => Item[], 
    /** The elements to read, relative to the host. */
    selector?: string);
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdate(): void;
}
/** An element's text, without its markup, with runs of white space squeezed to one space. */
export declare function textOf(element: Element): string;
