/**
 * The one event convention: every event is a `CustomEvent` named `backcare-*`, bubbles and
 * is composed (so a host page hears it from inside other shadow roots), and is fired only
 * in answer to something the reader did, never on first render or attribute changes.
 * Each element declares its events' detail types in `HTMLElementEventMap` in its define file.
 */
export function emit<Detail>(host: HTMLElement, name: `backcare-${string}`, detail: Detail): void {
  host.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true }));
}
