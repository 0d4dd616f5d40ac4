// What the routine's test files share: a clock the test moves, mounting with the session
// loaded, and ways to work the element as a reader would.
import { fixture, waitUntil, type html } from '@open-wc/testing';
import '../../src/routine/define.js';
import type { BackcareRoutine } from '../../src/routine/routine.js';
import { shadowText } from '../support/helpers.js';

/** A clock that moves only when the test says: 15 June 2026, 10:30, local time. */
export function fakeClock() {
  let time = new Date(2026, 5, 15, 10, 30).getTime();
  return {
    now: () => time,
    advance(ms: number) {
      time += ms;
    },
    set(date: Date) {
      time = date.getTime();
    },
  };
}

/** Mounts a routine and waits until its session screens have loaded. */
export async function routine(template: ReturnType<typeof html>): Promise<BackcareRoutine> {
  const el = await fixture<BackcareRoutine>(template);
  await waitUntil(() => el.shadowRoot!.querySelector('.paper'), 'the session loaded', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

export const root = (el: Element) => el.shadowRoot!;
export const text = (el: Element) => shadowText(el);

/** The visible button whose text is `name`. */
export function button(el: Element, name: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find(
    (b) => b.textContent!.replace(/\s+/g, ' ').trim() === name && b.getClientRects().length > 0,
  );
  if (!found) throw new Error(`no visible button "${name}"`);
  return found;
}

/** Presses a button as a reader would, and waits for the element to draw the result. */
export async function press(el: BackcareRoutine, name: string): Promise<void> {
  button(el, name).click();
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Redraws, as the timer's tick or a page coming back into view would. */
export async function redraw(el: BackcareRoutine): Promise<void> {
  document.dispatchEvent(new Event('visibilitychange'));
  await el.updateComplete;
}

export const current = (el: Element) => root(el).querySelector<HTMLElement>('#now');
export const clock = (el: Element) => root(el).querySelector('[role="timer"]')?.textContent?.trim();
export const said = (el: Element) =>
  root(el).querySelector('[role="status"][aria-live="polite"]')!.textContent!.trim();
export const planNames = (el: Element) =>
  [...root(el).querySelectorAll('.plan > li .name')].map((n) => n.textContent!.trim());

/** Records every event of `name` the element fires. */
export function record<T>(el: Element, name: string): T[] {
  const seen: T[] = [];
  el.addEventListener(name, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}
