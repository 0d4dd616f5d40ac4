import { common } from './shared/en.js';
import exerciseCard from './exercise-card/entry.js';
import feedingGuide from './feeding-guide/entry.js';
import liftingTips from './lifting-tips/entry.js';
import whyItHurts from './why-it-hurts/entry.js';
import ptChecklist from './pt-checklist/entry.js';
import warningSigns from './warning-signs/entry.js';
import routine from './routine/entry.js';

/**
 * What the registry knows of one element, written in its folder's `entry.ts`. The folder is
 * the tag without `backcare-`. The build generates `backcare.ts` and `backcare.css` from
 * these; the tests and the benchmark mount the fixtures; the locale test checks every
 * language against the English texts.
 */
export interface ElementEntry {
  readonly tag: `backcare-${string}`;
  /**
   * The English texts the element shows, by part name, besides the common ones: those of an
   * element it shows inside it too, since its own file's languages carry only these parts.
   */
  readonly texts: Readonly<Record<string, object>>;
  /**
   * Height to reserve before the script has run, so the page does not jump: `''` for the
   * tag itself, or an attribute selector such as `'[compact]'` for a variant.
   */
  readonly reserve: Readonly<Record<string, string>>;
  /**
   * Attribute sets that show each way the element can look. The accessibility sweep, the
   * embedding tests, fuzzing (from the first) and the benchmark mount every one.
   */
  readonly fixtures: readonly Readonly<Record<string, string>>[];
}

/** Every element, in the order the README presents them. Adding one: its folder, one line. */
export const elements = [
  exerciseCard,
  feedingGuide,
  liftingTips,
  whyItHurts,
  ptChecklist,
  warningSigns,
  routine,
] as const satisfies readonly ElementEntry[];

type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (
  part: infer I,
) => void
  ? I
  : never;

/** Every text part some element shows, each with its type: what a language must provide. */
export type ElementTexts = Intersection<(typeof elements)[number]['texts']>;

/** The whole English text, the reference every other language is checked against. */
export const english = Object.assign({ common }, ...elements.map((entry) => entry.texts)) as {
  readonly common: typeof common;
} & ElementTexts;
