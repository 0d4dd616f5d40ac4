import { html, nothing, type TemplateResult } from 'lit';
import { choiceAttribute } from '../shared/attributes.js';
import { isoDatePattern } from '../shared/dates.js';
import { textOf } from '../shared/slotted-items.js';
import { clinicians } from '../shared/sources.js';
import { fill } from '../shared/texts.js';
import { warnOnce } from '../shared/warn.js';
import {
  builtInItemFacts,
  builtInItemIds,
  higherLevel,
  itemLevels,
  type ItemLevel,
  type UrgencyLevel,
} from './content.js';
import type { CheckupTiming, PtChecklistText, TimedText } from './texts.js';

/** One thing the reader can tick: built in, or from the embedder's list. */
export interface Item {
  readonly id: string;
  readonly level: ItemLevel;
  readonly label: string;
  readonly action?: string;
  readonly who?: string;
  /** The built-in item's own next step; the embedder's items take their level's wording. */
  readonly step?: string;
}

/** What `remember` keeps: the ticked ids and the birth date, nothing else. */
export interface Saved {
  readonly checked: string[];
  readonly birthDate: string;
}

const idPattern = /^[\w-]{1,64}$/;

// Anything not shaped exactly like what the checklist writes is dropped.
export function validSaved(data: unknown): Saved | undefined {
  const { checked, birthDate = '' } = (data ?? {}) as Partial<Record<keyof Saved, unknown>>;
  return Array.isArray(checked) &&
    checked.length <= 100 &&
    checked.every((id) => typeof id === 'string' && idPattern.test(id)) &&
    typeof birthDate === 'string' &&
    (!birthDate || isoDatePattern.test(birthDate))
    ? { checked, birthDate }
    : undefined;
}

/** `text` as worded for `timing`. */
export function forTiming(text: TimedText, timing: CheckupTiming): string {
  return typeof text === 'string' ? text : text[timing];
}

/** The built-in items in `texts`' language, each saying whose advice it is. */
export function builtInItems(texts: PtChecklistText, timing: CheckupTiming): Item[] {
  // "A and B", "A, B and C": no Intl.ListFormat, whose first use costs a phone tens of ms.
  const names = (list: readonly string[]) =>
    list.length < 2
      ? (list[0] ?? '')
      : `${list.slice(0, -1).join(', ')} ${texts.and} ${list.at(-1)}`;
  return builtInItemIds.map((id) => {
    const { level, clinicians: said, fromArticle } = builtInItemFacts[id];
    const { label, action, step } = texts.items[id];
    let who = texts.adviceFromPublicHealth;
    if (said.length) {
      who = fill(texts.adviceFrom, {
        names: names(said.map((c) => clinicians[c].name.replace(/.* /, ''))),
      });
    } else if (fromArticle) who = texts.adviceFromArticle;
    return { id, level, label, action, who, step: forTiming(step, timing) };
  });
}

/** The embedder's items: ids checked and made unique, levels checked, text only. */
export function readItems(tag: string, lis: readonly Element[]): Item[] {
  const seen = new Set<string>(builtInItemIds);
  const items: Item[] = [];
  lis.forEach((li, n) => {
    const label = textOf(li);
    let id = li.getAttribute('data-id')?.trim() ?? '';
    if (!idPattern.test(id) || seen.has(id)) {
      const fallback = `custom-${n + 1}`;
      warnOnce(
        `${tag}:data-id:${id}:${label}`,
        `<${tag}>: the item "${label}" needs a unique data-id (letters, digits, - or _); using "${fallback}".`,
      );
      id = fallback;
    }
    seen.add(id);
    const level = choiceAttribute(
      tag,
      'data-level',
      li.getAttribute('data-level'),
      itemLevels,
      'soon',
    );
    if (label) items.push({ id, level, label });
  });
  return items;
}

/**
 * What to do at the most urgent ticked `level`: each built-in item's own step, and the
 * level's generic wording if one of the embedder's items is there too, each said once.
 */
export function nextSteps(
  items: readonly Item[],
  ticked: ReadonlySet<string>,
  level: ItemLevel,
  customSteps: PtChecklistText['customSteps'],
): string[] {
  const top = items.filter((item) => item.level === level && ticked.has(item.id));
  return [...new Set(top.map((item) => item.step ?? customSteps[level]))];
}

/** The most urgent level among the ticked items. */
export function urgencyOf(items: readonly Item[], ticked: ReadonlySet<string>): UrgencyLevel {
  return items.reduce<UrgencyLevel>(
    (level, item) => (ticked.has(item.id) ? higherLevel(level, item.level) : level),
    'none',
  );
}

/** What the checklist shows for the ticks: every item, the most urgent level, the steps. */
export interface Outcome {
  readonly items: Item[];
  readonly level: UrgencyLevel;
  /** What the result panel says, paragraph by paragraph. */
  readonly steps: string[];
}

/**
 * The built-in items in the reader's language and `custom` (the embedder's) after them,
 * the most urgent ticked level, and what to do about it. With nothing ticked the steps point
 * to the warning signs and the usual check-up, never to "all is well".
 */
export function outcomeOf(
  texts: PtChecklistText,
  timing: CheckupTiming,
  custom: readonly Item[],
  ticked: ReadonlySet<string>,
): Outcome {
  const items = [...builtInItems(texts, timing), ...custom];
  const level = urgencyOf(items, ticked);
  const steps =
    level === 'none'
      ? [texts.nothingTicked, forTiming(texts.nothingTickedNext, timing)]
      : nextSteps(items, ticked, level, texts.customSteps);
  return { items, level, steps };
}

/**
 * A labelled checkbox per item, described by what to do and whose advice it is. The boxes'
 * `checked` is left to the element, which sets it after each render. Without `onTick` (a
 * page without script) each item is its text and advice, with no box.
 */
export function itemBoxes(
  items: readonly Item[],
  onTick?: (event: Event) => void,
): TemplateResult[] {
  return items.map(
    (item, i) =>
      html`<li>
        ${
          onTick
            ? html`<label
                ><input
                  type="checkbox"
                  .value=${item.id}
                  aria-describedby=${item.action ? `d${i}` : nothing}
                  @change=${onTick}
                /><span>${item.label}</span></label
              >`
            : html`<p class="label">${item.label}</p>`
        }
        ${
          item.action
            ? html`<p class="action" id="d${i}">
                ${item.action} <span class="who">${item.who}</span>
              </p>`
            : nothing
        }
      </li>`,
  );
}
