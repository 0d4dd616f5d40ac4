import { type TemplateResult } from 'lit';
import { type ItemLevel, type UrgencyLevel } from './content.js';
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
export declare function validSaved(data: unknown): Saved | undefined;
/** `text` as worded for `timing`. */
export declare function forTiming(text: TimedText, timing: CheckupTiming): string;
/** The built-in items in `texts`' language, each saying whose advice it is. */
export declare function builtInItems(texts: PtChecklistText, timing: CheckupTiming): Item[];
/** The embedder's items: ids checked and made unique, levels checked, text only. */
export declare function readItems(tag: string, lis: readonly Element[]): Item[];
/**
 * What to do at the most urgent ticked `level`: each built-in item's own step, and the
 * level's generic wording if one of the embedder's items is there too, each said once.
 */
export declare function nextSteps(items: readonly Item[], ticked: ReadonlySet<string>, level: ItemLevel, customSteps: PtChecklistText['customSteps']): string[];
/** The most urgent level among the ticked items. */
export declare function urgencyOf(items: readonly Item[], ticked: ReadonlySet<string>): UrgencyLevel;
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
export declare function outcomeOf(texts: PtChecklistText, timing: CheckupTiming, custom: readonly Item[], ticked: ReadonlySet<string>): Outcome;
/**
 * A labelled checkbox per item, described by what to do and whose advice it is. The boxes'
 * `checked` is left to the element, which sets it after each render. Without `onTick` (a
 * page without script) each item is its text and advice, with no box.
 */
export declare function itemBoxes(items: readonly Item[], onTick?: (event: Event) => void): TemplateResult[];
