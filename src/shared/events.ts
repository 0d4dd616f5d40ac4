/** Every `backcare-*` event some element declares in `GlobalEventHandlersEventMap`. */
export type BackcareEventName = Extract<keyof GlobalEventHandlersEventMap, `backcare-${string}`>;

/** The `detail` type declared for an event name. */
export type DetailOf<Name extends BackcareEventName> =
  GlobalEventHandlersEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

/**
 * The one event convention: every event is a `CustomEvent` named `backcare-*`, bubbles and
 * is composed (so a host page hears it from inside other shadow roots), and is fired only
 * in answer to something the reader did, never on first render or attribute changes.
 * Each element declares its events in `GlobalEventHandlersEventMap` in its define file, so
 * `addEventListener` on any element or the document knows the detail type, and so does this:
 * the name picks the detail type, and a wrong detail does not compile.
 */
export function emit<Name extends BackcareEventName>(
  host: HTMLElement,
  name: Name,
  detail: DetailOf<Name>,
): void {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
