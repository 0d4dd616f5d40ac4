// What the checklist's test files share: fixtures, a fixed "today", and ways to read and
// work the element as a reader would.
import { fixture, type html } from '@open-wc/testing';
import '../../src/pt-checklist/define.js';
import type { BackcarePtChecklist } from '../../src/pt-checklist/pt-checklist.js';
import { shadowText } from '../support/helpers.js';

// A fixed "today", 15 June 2026, so every date test gives the same weeks in any year.
export const today = () => new Date(2026, 5, 15, 10, 30);

// A phrase of each level's next step, as a reader sees it.
export const steps = {
  none: 'Nothing is ticked. That does not mean all is well.',
  routine: 'A physical therapist can help you get your back back to full strength.',
  soon: 'refer you to a physical therapist',
  emergency: 'Get medical care now.',
} as const;

// The generic next step for the embedder's own items, by level.
export const customSteps = {
  routine: 'Bring this up with your care team at your next visit.',
  soon: 'Contact your care team soon, in the next few days.',
  now: 'Contact your doctor, midwife or care team today. Do not wait.',
  emergency:
    'Get medical care now. Call your doctor, midwife or care team. If you cannot reach them, go to the emergency room or call 911.',
} as const;

export async function checklist(template: ReturnType<typeof html>): Promise<BackcarePtChecklist> {
  const el = await fixture<BackcarePtChecklist>(template);
  await el.updateComplete;
  return el;
}

export const part = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
export const boxes = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];
export const box = (el: Element, id: string) => boxes(el).find((b) => b.value === id)!;
export const labelOf = (input: HTMLInputElement) =>
  input.labels![0]!.textContent!.replace(/\s+/g, ' ').trim();
export const describedBy = (input: HTMLInputElement) => {
  const root = input.getRootNode() as ShadowRoot;
  return (input.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => root.getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
};
export const note = (el: Element) =>
  el.shadowRoot!.querySelector('#birth-note')!.textContent!.replace(/\s+/g, ' ').trim();
export const resultText = (el: Element) => shadowText(el, '[part~="result"]');
export const status = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
export const dateInput = (el: Element) =>
  el.shadowRoot!.querySelector<HTMLInputElement>('input[type="date"]')!;
export const buttonNamed = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);

export async function tick(el: BackcarePtChecklist, ...ids: string[]): Promise<void> {
  for (const id of ids) box(el, id).click();
  await el.updateComplete;
}

export async function enterDate(el: BackcarePtChecklist, value: string): Promise<void> {
  const input = dateInput(el);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

export function levelOf(el: Element): string {
  const result = part(el, 'result');
  return ['none', 'routine', 'soon', 'now', 'emergency'].find((l) => result.classList.contains(l))!;
}
