import { expect, fixture, type html } from '@open-wc/testing';
import '../../src/feeding-guide/define.js';
import type { BackcareFeedingGuide } from '../../src/feeding-guide/feeding-guide.js';
import type { FeedingPosition } from '../../src/feeding-guide/content.js';

// What the feeding guide's tests share: mounting it, and reading its tabs and panels.

export async function guide(template: ReturnType<typeof html>): Promise<BackcareFeedingGuide> {
  const el = await fixture<BackcareFeedingGuide>(template);
  await el.updateComplete;
  return el;
}

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<E & Element>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E & Element>(selector),
];
export const tabs = (el: Element) => $$<HTMLButtonElement>(el, '[role="tab"]');
export const panels = (el: Element) => $$(el, '[role="tabpanel"]');
export const tab = (el: Element, id: FeedingPosition) => $<HTMLButtonElement>(el, `#tab-${id}`)!;
export const panel = (el: Element, id: FeedingPosition) => $(el, `#panel-${id}`)!;
export const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The hold whose panel a sighted reader sees, checked against the tabs' state. */
export function shown(el: Element): FeedingPosition {
  const visible = panels(el).filter((p) => p.offsetHeight > 0);
  expect(visible, 'exactly one panel shows').to.have.length(1);
  const id = visible[0]!.id.replace('panel-', '') as FeedingPosition;
  for (const t of tabs(el)) {
    const selected = t.id === `tab-${id}`;
    expect(t.getAttribute('aria-selected'), t.id).to.equal(String(selected));
    expect(t.getAttribute('tabindex'), t.id).to.equal(selected ? '0' : '-1');
  }
  return id;
}

export function recordEvents(target: EventTarget): CustomEvent<{ position: string }>[] {
  const events: CustomEvent<{ position: string }>[] = [];
  target.addEventListener('backcare-position-change', (e) => events.push(e as CustomEvent));
  return events;
}
