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
   * tag itself, or an attribute selector such as `'[compact]'` for a variant (for the
   * fixtures that have it; `''` for the others). `test/embedding/reservation.test.ts` checks
   * each against the fixtures as drawn, and says what to write when content has changed.
   */
  readonly reserve: Readonly<Record<string, ReservedHeights>>;
  /**
   * Attribute sets that show each way the element can look. The accessibility sweep, the
   * embedding tests, fuzzing (from the first) and the benchmark mount every one.
   */
  readonly fixtures: readonly Readonly<Record<string, string>>[];
}

/**
 * The viewport widths (CSS px) a reserved height changes at, widest first. A widget is
 * taller the narrower it is, so each height is the one measured at the band's widest
 * viewport: up to 414 px (phones), up to 600 px, up to 768 px, and `wide` beyond that.
 */
export const reservationWidths = [768, 600, 414] as const;

/**
 * A reserved height in `em` (the page's text size, which the widget's text takes too) for
 * each band of `reservationWidths`. Each is about 90% of the shortest fixture's height,
 * measured in DejaVu Sans: narrower fonts (Arial, Roboto, the phones' system fonts) set the
 * same text in fewer lines, and a place held too tall would make the page jump up instead.
 */
export type ReservedHeights = { readonly wide: number } & {
  readonly [W in (typeof reservationWidths)[number]]: number;
};

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
