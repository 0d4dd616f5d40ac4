import type { themes, BackcareElement } from "./shared/backcare-element.js";
import type { BackcareExerciseCard, BackcareTag, Theme, ExerciseId } from "./elements/exercise-card.js";
import type { BackcareFeedingGuide, PositionChangeDetail, FeedingPosition, FeedingType } from "./elements/feeding-guide.js";
import type { BackcareLiftingTips, MomentChoice } from "./elements/lifting-tips.js";
import type { BackcareWhyItHurts } from "./elements/why-it-hurts.js";
import type { BackcareWarningSigns } from "./elements/warning-signs.js";
import type { BackcarePtChecklist, PtChecklistChangeDetail, UrgencyLevel } from "./elements/pt-checklist.js";
import type { BackcareRoutine, RoutineCompleteDetail, RoutineStartDetail, RoutineStepDetail, RoutineStopDetail } from "./elements/routine.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 * @deprecated Runtime scoped elements result in duplicate types and can confusing for developers. It is recommended to use the `prefix` and `suffix` options to generate new types instead.
 */
export type ScopedElements<
  Prefix extends string = "",
  Suffix extends string = "",
> = {
  [
    Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`
  ]: CustomElements[Key];
};

/**
 * A generic type for strongly typing custom events with their targets
 * @template T - The type of the event target (extends EventTarget)
 * @template D - The type of the detail payload for the custom event
 */
type TypedEvent<T extends EventTarget, E = Event> = E & {
  target: T;
};

type BaseProps<T extends HTMLElement> = {
  /** Content added between the opening and closing tags of the element */
  children?: any | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string | undefined;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string | undefined;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined> | undefined;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl" | undefined;
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string | undefined;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string | undefined;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string | undefined;
  /** A unique identifier for the element. */
  id?: string | undefined;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number | undefined;
  /** Specifies the language of the element. */
  lang?: string | undefined;
  /** Defines the element's semantic role for accessibility APIs. */
  role?: string | undefined;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string | undefined;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: (T | ((e: T) => void)) | undefined;
  /** Adds a reference for a custom element slot */
  slot?: string | undefined;
  /** Prop for setting inline styles */
  style?: Record<string, string | number> | undefined;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number | undefined;
  /** Specifies the tooltip text for the element. */
  title?: string | undefined;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no" | undefined;
  /** The popover global attribute is used to designate an element as a popover element. */
  popover?: "auto" | "hint" | "manual" | undefined;
  /** Turns an element element into a popover control button; takes the ID of the popover element to control as its value. */
  popovertarget?: "top" | "bottom" | "left" | "right" | "auto" | undefined;
  /** Specifies the action to be performed on a popover element being controlled by a control element. */
  popovertargetaction?: "show" | "hide" | "toggle" | undefined;
};

type BaseEvents = {};

export type BackcareExerciseCardProps = {
  /** Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`. */
  exercise?: BackcareExerciseCard["exercise"] | undefined;
  /** A smaller card for sidebars and narrow columns. */
  compact?: BackcareExerciseCard["compact"] | undefined;
  /** The clinician's number of repetitions (1–100), shown as the reader's plan. */
  reps?: BackcareExerciseCard["reps"] | undefined;
  /** The clinician's number of sets (1–20), shown as the reader's plan. */
  sets?: BackcareExerciseCard["sets"] | undefined;
  /** The clinician's hold time in seconds (1–300), shown as the reader's plan. */
  hold?: BackcareExerciseCard["hold"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcareExerciseCard["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcareExerciseCard["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcareExerciseCard["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcareExerciseCard["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcareExerciseCard["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcareExerciseCard["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcareExerciseCard["reviewedOn"] | undefined;
};

export type BackcareExerciseCardSolidJsProps = {
  /** Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`. */
  "prop:exercise"?: BackcareExerciseCard["exercise"] | undefined;
  /** A smaller card for sidebars and narrow columns. */
  "prop:compact"?: BackcareExerciseCard["compact"] | undefined;
  /** The clinician's number of repetitions (1–100), shown as the reader's plan. */
  "prop:reps"?: BackcareExerciseCard["reps"] | undefined;
  /** The clinician's number of sets (1–20), shown as the reader's plan. */
  "prop:sets"?: BackcareExerciseCard["sets"] | undefined;
  /** The clinician's hold time in seconds (1–300), shown as the reader's plan. */
  "prop:hold"?: BackcareExerciseCard["hold"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcareExerciseCard["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcareExerciseCard["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcareExerciseCard["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcareExerciseCard["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcareExerciseCard["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcareExerciseCard["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcareExerciseCard["reviewedOn"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `BackcareFeedingGuide` component event */
export type BackcareFeedingGuideElementEvent<E = Event> = TypedEvent<
  BackcareFeedingGuide,
  E
>;
/** `backcare-position-change` event type */
export type BackcareFeedingGuideBackcarePositionChangeElementEvent =
  BackcareFeedingGuideElementEvent<CustomEvent<PositionChangeDetail>>;

export type BackcareFeedingGuideProps = {
  /** The hold shown first: `football`, `cradle` or `side-lying`. Other values fall back to
`football` with a console warning. Changing it later shows that hold; the property
follows the reader's choice. */
  position?: BackcareFeedingGuide["position"] | undefined;
  /** How the reader feeds, so the wording fits: `breast`, `bottle` or `both`. Other values
fall back to `both` with a console warning. */
  feeding?: BackcareFeedingGuide["feeding"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcareFeedingGuide["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcareFeedingGuide["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcareFeedingGuide["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcareFeedingGuide["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcareFeedingGuide["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcareFeedingGuide["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcareFeedingGuide["reviewedOn"] | undefined;

  /** The reader picked another hold, by click or keyboard. `detail.position` is `football`, `cradle` or `side-lying`. Not fired on first render or when the `position` attribute changes. */
  "onbackcare-position-change"?:
    | ((e: BackcareFeedingGuideBackcarePositionChangeElementEvent) => void)
    | undefined;
};

export type BackcareFeedingGuideSolidJsProps = {
  /** The hold shown first: `football`, `cradle` or `side-lying`. Other values fall back to
`football` with a console warning. Changing it later shows that hold; the property
follows the reader's choice. */
  "prop:position"?: BackcareFeedingGuide["position"] | undefined;
  /** How the reader feeds, so the wording fits: `breast`, `bottle` or `both`. Other values
fall back to `both` with a console warning. */
  "prop:feeding"?: BackcareFeedingGuide["feeding"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcareFeedingGuide["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcareFeedingGuide["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcareFeedingGuide["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcareFeedingGuide["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcareFeedingGuide["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcareFeedingGuide["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcareFeedingGuide["reviewedOn"] | undefined;
  /** The reader picked another hold, by click or keyboard. `detail.position` is `football`, `cradle` or `side-lying`. Not fired on first render or when the `position` attribute changes. */
  "on:backcare-position-change"?:
    | ((e: BackcareFeedingGuideBackcarePositionChangeElementEvent) => void)
    | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type BackcareLiftingTipsProps = {
  /** Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
(bending over and rolling over, which share the same advice; `rolling` is accepted as
another name for it). Absent or `all` shows every moment. Other values show every
moment with a console warning. */
  moment?: BackcareLiftingTips["moment"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcareLiftingTips["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcareLiftingTips["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcareLiftingTips["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcareLiftingTips["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcareLiftingTips["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcareLiftingTips["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcareLiftingTips["reviewedOn"] | undefined;
};

export type BackcareLiftingTipsSolidJsProps = {
  /** Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
(bending over and rolling over, which share the same advice; `rolling` is accepted as
another name for it). Absent or `all` shows every moment. Other values show every
moment with a console warning. */
  "prop:moment"?: BackcareLiftingTips["moment"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcareLiftingTips["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcareLiftingTips["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcareLiftingTips["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcareLiftingTips["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcareLiftingTips["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcareLiftingTips["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcareLiftingTips["reviewedOn"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type BackcareWhyItHurtsProps = {
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcareWhyItHurts["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcareWhyItHurts["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcareWhyItHurts["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcareWhyItHurts["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcareWhyItHurts["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcareWhyItHurts["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcareWhyItHurts["reviewedOn"] | undefined;
};

export type BackcareWhyItHurtsSolidJsProps = {
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcareWhyItHurts["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcareWhyItHurts["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcareWhyItHurts["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcareWhyItHurts["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcareWhyItHurts["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcareWhyItHurts["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcareWhyItHurts["reviewedOn"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type BackcareWarningSignsProps = {
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcareWarningSigns["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcareWarningSigns["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcareWarningSigns["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcareWarningSigns["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcareWarningSigns["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcareWarningSigns["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcareWarningSigns["reviewedOn"] | undefined;
};

export type BackcareWarningSignsSolidJsProps = {
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcareWarningSigns["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcareWarningSigns["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcareWarningSigns["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcareWarningSigns["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcareWarningSigns["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcareWarningSigns["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcareWarningSigns["reviewedOn"] | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `BackcarePtChecklist` component event */
export type BackcarePtChecklistElementEvent<E = Event> = TypedEvent<
  BackcarePtChecklist,
  E
>;
/** `backcare-checklist-change` event type */
export type BackcarePtChecklistBackcareChecklistChangeElementEvent =
  BackcarePtChecklistElementEvent<CustomEvent<PtChecklistChangeDetail>>;

export type BackcarePtChecklistProps = {
  /** Whole weeks since the birth (0–104), from the care team. A date the reader enters wins. */
  "weeks-postpartum"?: BackcarePtChecklist["weeksPostpartum"] | undefined;
  /** Whole weeks since the birth (0–104), from the care team. A date the reader enters wins. */
  weeksPostpartum?: BackcarePtChecklist["weeksPostpartum"] | undefined;
  /** Keep the reader's ticks and birth date on this device (opt-in). */
  remember?: BackcarePtChecklist["remember"] | undefined;
  /** Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path. */
  "storage-key"?: BackcarePtChecklist["storageKey"] | undefined;
  /** Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path. */
  storageKey?: BackcarePtChecklist["storageKey"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcarePtChecklist["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcarePtChecklist["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcarePtChecklist["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcarePtChecklist["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcarePtChecklist["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcarePtChecklist["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcarePtChecklist["reviewedOn"] | undefined;
  /** Today's date. A property, not an attribute: replace it to fix "today" in tests or previews. */
  now?: BackcarePtChecklist["now"] | undefined;

  /** The reader ticked or unticked an item, or cleared their answers. `detail`: `{ checked: string[], level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' }`. */
  "onbackcare-checklist-change"?:
    | ((e: BackcarePtChecklistBackcareChecklistChangeElementEvent) => void)
    | undefined;
};

export type BackcarePtChecklistSolidJsProps = {
  /** Whole weeks since the birth (0–104), from the care team. A date the reader enters wins. */
  "attr:weeks-postpartum"?: BackcarePtChecklist["weeksPostpartum"] | undefined;
  /** Whole weeks since the birth (0–104), from the care team. A date the reader enters wins. */
  "prop:weeksPostpartum"?: BackcarePtChecklist["weeksPostpartum"] | undefined;
  /** Keep the reader's ticks and birth date on this device (opt-in). */
  "prop:remember"?: BackcarePtChecklist["remember"] | undefined;
  /** Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path. */
  "attr:storage-key"?: BackcarePtChecklist["storageKey"] | undefined;
  /** Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path. */
  "prop:storageKey"?: BackcarePtChecklist["storageKey"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcarePtChecklist["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcarePtChecklist["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcarePtChecklist["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcarePtChecklist["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcarePtChecklist["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcarePtChecklist["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcarePtChecklist["reviewedOn"] | undefined;
  /** Today's date. A property, not an attribute: replace it to fix "today" in tests or previews. */
  "prop:now"?: BackcarePtChecklist["now"] | undefined;
  /** The reader ticked or unticked an item, or cleared their answers. `detail`: `{ checked: string[], level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' }`. */
  "on:backcare-checklist-change"?:
    | ((e: BackcarePtChecklistBackcareChecklistChangeElementEvent) => void)
    | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

/** `BackcareRoutine` component event */
export type BackcareRoutineElementEvent<E = Event> = TypedEvent<
  BackcareRoutine,
  E
>;
/** `backcare-routine-start` event type */
export type BackcareRoutineBackcareRoutineStartElementEvent =
  BackcareRoutineElementEvent<CustomEvent<RoutineStartDetail>>;
/** `backcare-routine-step` event type */
export type BackcareRoutineBackcareRoutineStepElementEvent =
  BackcareRoutineElementEvent<CustomEvent<RoutineStepDetail>>;
/** `backcare-routine-complete` event type */
export type BackcareRoutineBackcareRoutineCompleteElementEvent =
  BackcareRoutineElementEvent<CustomEvent<RoutineCompleteDetail>>;
/** `backcare-routine-stop` event type */
export type BackcareRoutineBackcareRoutineStopElementEvent =
  BackcareRoutineElementEvent<CustomEvent<RoutineStopDetail>>;

export type BackcareRoutineProps = {
  /** Space-separated exercise ids, in order: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction`, `doorway-pec-stretch`. */
  exercises?: BackcareRoutine["exercises"] | undefined;
  /** Keep the dates of finished routines on this device (opt-in). */
  remember?: BackcareRoutine["remember"] | undefined;
  /** Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path. */
  "storage-key"?: BackcareRoutine["storageKey"] | undefined;
  /** Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path. */
  storageKey?: BackcareRoutine["storageKey"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "heading-level"?: BackcareRoutine["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  headingLevel?: BackcareRoutine["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  theme?: BackcareRoutine["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "reviewed-by"?: BackcareRoutine["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  reviewedBy?: BackcareRoutine["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "reviewed-on"?: BackcareRoutine["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  reviewedOn?: BackcareRoutine["reviewedOn"] | undefined;
  /** The clock, in milliseconds since 1970. A property, not an attribute: replace it to fix the time in tests or previews. */
  now?: BackcareRoutine["now"] | undefined;
  /**  */
  session?: BackcareRoutine["session"] | undefined;

  /** The reader pressed Start. `detail`: `{ exercises: string[] }`. */
  "onbackcare-routine-start"?:
    ((e: BackcareRoutineBackcareRoutineStartElementEvent) => void) | undefined;
  /** An exercise is shown, at Start, Next or Back. `detail`: `{ index: number, exercise: string }`. */
  "onbackcare-routine-step"?:
    ((e: BackcareRoutineBackcareRoutineStepElementEvent) => void) | undefined;
  /** The reader finished the last exercise. `detail`: `{ exercises: string[], seconds: number }`. */
  "onbackcare-routine-complete"?:
    | ((e: BackcareRoutineBackcareRoutineCompleteElementEvent) => void)
    | undefined;
  /** The session ended early. `detail`: `{ reason: 'discomfort' | 'left' }`. */
  "onbackcare-routine-stop"?:
    ((e: BackcareRoutineBackcareRoutineStopElementEvent) => void) | undefined;
};

export type BackcareRoutineSolidJsProps = {
  /** Space-separated exercise ids, in order: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction`, `doorway-pec-stretch`. */
  "prop:exercises"?: BackcareRoutine["exercises"] | undefined;
  /** Keep the dates of finished routines on this device (opt-in). */
  "prop:remember"?: BackcareRoutine["remember"] | undefined;
  /** Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path. */
  "attr:storage-key"?: BackcareRoutine["storageKey"] | undefined;
  /** Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path. */
  "prop:storageKey"?: BackcareRoutine["storageKey"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "attr:heading-level"?: BackcareRoutine["headingLevel"] | undefined;
  /** Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
fall back to `2` with a console warning. */
  "prop:headingLevel"?: BackcareRoutine["headingLevel"] | undefined;
  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  "prop:theme"?: BackcareRoutine["theme"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "attr:reviewed-by"?: BackcareRoutine["reviewedBy"] | undefined;
  /** Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
otherwise it says the content is not clinically reviewed. May be set on any ancestor. */
  "prop:reviewedBy"?: BackcareRoutine["reviewedBy"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "attr:reviewed-on"?: BackcareRoutine["reviewedOn"] | undefined;
  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  "prop:reviewedOn"?: BackcareRoutine["reviewedOn"] | undefined;
  /** The clock, in milliseconds since 1970. A property, not an attribute: replace it to fix the time in tests or previews. */
  "prop:now"?: BackcareRoutine["now"] | undefined;
  /**  */
  "prop:session"?: BackcareRoutine["session"] | undefined;
  /** The reader pressed Start. `detail`: `{ exercises: string[] }`. */
  "on:backcare-routine-start"?:
    ((e: BackcareRoutineBackcareRoutineStartElementEvent) => void) | undefined;
  /** An exercise is shown, at Start, Next or Back. `detail`: `{ index: number, exercise: string }`. */
  "on:backcare-routine-step"?:
    ((e: BackcareRoutineBackcareRoutineStepElementEvent) => void) | undefined;
  /** The reader finished the last exercise. `detail`: `{ exercises: string[], seconds: number }`. */
  "on:backcare-routine-complete"?:
    | ((e: BackcareRoutineBackcareRoutineCompleteElementEvent) => void)
    | undefined;
  /** The session ended early. `detail`: `{ reason: 'discomfort' | 'left' }`. */
  "on:backcare-routine-stop"?:
    ((e: BackcareRoutineBackcareRoutineStopElementEvent) => void) | undefined;

  /** Set the innerHTML of the element */
  innerHTML?: string | undefined;
  /** Set the textContent of the element */
  textContent?: string | number | undefined;
};

export type CustomElements = {
  /**
   * One exercise a physical therapist recommends for postpartum back pain: what it helps,
   * what you need, numbered steps, an illustration, who recommends it, and when to stop.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `exercise`: Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`.
   * - `compact`: A smaller card for sidebars and narrow columns.
   * - `reps`: The clinician's number of repetitions (1–100), shown as the reader's plan.
   * - `sets`: The clinician's number of sets (1–20), shown as the reader's plan.
   * - `hold`: The clinician's hold time in seconds (1–300), shown as the reader's plan.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `note`: A clinician's note for this reader, shown below the plan.
   * - `actions`: A call to action, such as a clinic's booking link, shown after the safety note.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `illustration`: The figure holding the drawing of the position.
   * - `plan`: The reader's plan (reps, sets, hold), when a dose is given.
   * - `steps`: The numbered list of steps.
   * - `before-start`: The "ask your doctor or midwife first" line before the steps.
   * - `safety-note`: The "stop if it hurts" note.
   * - `message`: The message shown instead of a card when `exercise` is unknown.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-exercise-card": Partial<
    BackcareExerciseCardProps & BaseProps<BackcareExerciseCard> & BaseEvents
  >;

  /**
   * Feeding holds and set-ups that take pressure off the back, for nursing and bottle-feeding
   * parents alike: the football, cradle and side-lying holds as tabs, each with a drawing,
   * short steps and why it helps, then how to set up a supportive place to feed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `position`: The hold shown first: `football`, `cradle` or `side-lying`. Other values fall back to
   * `football` with a console warning. Changing it later shows that hold; the property
   * follows the reader's choice.
   * - `feeding`: How the reader feeds, so the wording fits: `breast`, `bottle` or `both`. Other values
   * fall back to `both` with a console warning.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `backcare-position-change`: The reader picked another hold, by click or keyboard. `detail.position` is `football`, `cradle` or `side-lying`. Not fired on first render or when the `position` attribute changes.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `intro`: The short paragraph under the title.
   * - `tablist`: The row of hold tabs (hidden in print).
   * - `tab`: Each hold's tab.
   * - `panel`: Each hold's panel; every panel shows in print.
   * - `illustration`: The figure holding a hold's drawing.
   * - `steps`: A hold's list of steps.
   * - `setup`: The section on setting up a place to feed.
   * - `safe-sleep`: The safe-sleep notes beside the side-lying hold and the nursing pillow.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-feeding-guide": Partial<
    BackcareFeedingGuideProps & BaseProps<BackcareFeedingGuide> & BaseEvents
  >;

  /**
   * Do and don't guidance from physical therapists for the moments that strain a new parent's
   * lower back most: lifting the baby out of a crib or play yard, carrying, bending over and
   * rolling over. Starts with how to engage the core, and shows a drawing of a good lift.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `moment`: Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
   * (bending over and rolling over, which share the same advice; `rolling` is accepted as
   * another name for it). Absent or `all` shows every moment. Other values show every
   * moment with a console warning.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `core`: The "engage your core first" box.
   * - `moment`: Each moment's section (lifting, carrying, bending and rolling over).
   * - `do`: Each "do" box, holding its heading and list.
   * - `dont`: Each "don't" box, holding its heading and list.
   * - `illustration`: The figure holding the drawing of a good lift.
   * - `safety-note`: The "stop if it hurts" note.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-lifting-tips": Partial<
    BackcareLiftingTipsProps & BaseProps<BackcareLiftingTips> & BaseEvents
  >;

  /**
   * A one-minute explainer of why a new parent's back hurts: relaxin loosening joints and
   * ligaments, stomach muscles weakened by the bump, carrying and bending, and hunching to
   * feed. It ends with hope: this is common, and strengthening, stretching and small changes
   * in how you hold, carry and lift usually ease it.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `links`: Links to what to do next, such as exercise cards or a clinic's booking page. Shown in a labelled "Where to start" area, only when something is slotted.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `illustration`: The small drawing of a parent holding a baby.
   * - `causes`: The list of reasons.
   * - `hope`: The closing "good news" section.
   * - `links`: The area holding the `links` slot.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-why-it-hurts": Partial<
    BackcareWhyItHurtsProps & BaseProps<BackcareWhyItHurts> & BaseEvents
  >;

  /**
   * The signs that need medical care now, from public-health guidance: the urgent maternal
   * warning signs (CDC) and the back pain red flags (NHS), with what to do. Always visible
   * and printed in full, for a discharge page or beside the other widgets.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `emergency`: The hospital's own number or words, shown under "What to do" and in print.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `badge`: The "Emergency" label with its warning triangle.
   * - `maternal`: The list of urgent maternal warning signs.
   * - `back`: The list of back pain red flags.
   * - `what-to-do`: What to do now, with the `emergency` slot.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-warning-signs": Partial<
    BackcareWarningSignsProps & BaseProps<BackcareWarningSigns> & BaseEvents
  >;

  /**
   * "When to see a physical therapist": the reader ticks what applies and gets a clear next
   * step, with its urgency shown in words, an icon and the panel's border, not by colour alone.
   * The warning signs that need medical care now (`<backcare-warning-signs>`) are always shown
   * with the list (below it on screen, beside it on paper), and ticking "you have a warning
   * sign" gives the `emergency` level. With nothing ticked,
   * the checklist never says all is well: it points to the warning signs. Printed, it makes a
   * one-page handout (A4 or US Letter) with every item and its box, the next step, the warning
   * signs, the clinic's contact and the disclaimer.
   *
   * **Weeks since the birth.** A hospital can set `weeks-postpartum`; the reader can also enter
   * the birth date. When both are there, the reader's date wins. A date that cannot be used
   * (in the future, unreadable, or more than two years ago) gets a visible message and is
   * ignored, so `weeks-postpartum` applies again. The date is never stored unless `remember`
   * is set.
   *
   * **Your own items.** Put a list in the `items` slot; each `li` becomes a checkbox after the
   * built-in ones and counts toward the result. `data-id` names it in events and storage
   * (letters, digits, `-` or `_`; missing or duplicate ids get `custom-N` with a warning).
   * `data-level` is `routine`, `soon`, `now` (today) or `emergency`; absent means `soon`, and
   * an unknown value also means `soon`, with a warning. Your items get a next step worded for
   * their level that sends the reader to their care team (emergency: "get medical care now; if
   * you cannot reach your care team, go to the emergency room or call 911"); the physical
   * therapist's wording belongs to the built-in items only. Only the item's text is used,
   * never its markup. Items added or changed later are picked up. Before the script loads,
   * the list shows as is.
   *
   * ```html
   * <backcare-pt-checklist remember>
   *   <ul slot="items">
   *     <li data-id="fever" data-level="emergency">Fever above 38 °C with back pain</li>
   *   </ul>
   *   <p slot="contact">Call the clinic: <a href="tel:+15550100">555-0100</a></p>
   *   <p slot="emergency">Day or night, call the maternity unit: <a href="tel:+15550199">555-0199</a></p>
   * </backcare-pt-checklist>
   * ```
   *
   * **Remembering.** With `remember`, the ticked item ids and the birth date, nothing else,
   * are kept in `localStorage` under `backcare:pt-checklist:` plus `storage-key` (default: the
   * page's path), and a "Clear my answers" button appears. Where storage is blocked or full,
   * answers are kept in memory for the visit. Without `remember`, storage is never touched.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `weeks-postpartum`/`weeksPostpartum`: Whole weeks since the birth (0–104), from the care team. A date the reader enters wins.
   * - `remember`: Keep the reader's ticks and birth date on this device (opt-in).
   * - `storage-key`/`storageKey`: Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   * - `now`: Today's date. A property, not an attribute: replace it to fix "today" in tests or previews. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `backcare-checklist-change`: The reader ticked or unticked an item, or cleared their answers. `detail`: `{ checked: string[], level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `contact`: The clinic's phone number or booking link, shown with the next step and in print.
   * - `emergency`: The hospital's own number or words for an emergency: shown with the next step at the `emergency` level, else in the warning signs' "What to do", and in print.
   * - `items`: A list whose `li` elements are added as items (see above); never shown itself.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `items`: The group of checkboxes.
   * - `birth-date`: The birth date field, its messages and the weeks since the birth.
   * - `result`: The next-step panel; it also carries the class of its level.
   * - `badge`: The urgency label with its icon.
   * - `warning-signs`: The warning signs card, a `<backcare-warning-signs>`.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-pt-checklist": Partial<
    BackcarePtChecklistProps & BaseProps<BackcarePtChecklist> & BaseEvents
  >;

  /**
   * A guided session through the day's exercises, one at a time: the overview (the plan, its
   * doses, how long the holds take when every exercise has one, and who should ask a doctor
   * first), then each exercise with its drawing, steps, a hold timer where the plan gives a
   * hold and a tap counter where it gives repetitions or sets, then "done for today".
   * "Stop, this hurts" ends the session with the article's advice: stop, and see a physical
   * therapist. Printed, it makes a home-exercise sheet with tick boxes for a week.
   *
   * **The plan.** `exercises="cat-cow bridge"`, or a clinician's list in the light DOM, which
   * is also what the page shows without JavaScript; without either, the article's six in its
   * order. Doses appear only where given; a value out of range is ignored with a warning.
   *
   * ```html
   * <backcare-routine remember>
   *   <ol slot="plan">
   *     <li data-exercise="bridge" data-reps="10" data-sets="2">Bridge: 10 times, 2 sets</li>
   *     <li data-exercise="childs-pose" data-hold="30">Child’s pose: hold 30 seconds</li>
   *   </ol>
   *   <a slot="actions" href="https://example.org/book">Book a visit</a>
   * </backcare-routine>
   * ```
   *
   * During cat-cow and the bridge the figure moves slowly between the two positions, and stops
   * while paused; a reader who asks for reduced motion sees both positions side by side.
   *
   * The overview is drawn first; the session screens, the timer and the printed sheet's
   * drawings load right after it, from `chunks/routine/session.js`.
   *
   * **Remembering.** With `remember`, the dates of finished routines, nothing else, are kept
   * in `localStorage` under `backcare:routine:` plus `storage-key` (default: the page's path);
   * the end screen then shows the last seven days and a "clear" button. Days finished in
   * other tabs show up at once. Without `remember`, storage is never touched.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `exercises`: Space-separated exercise ids, in order: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction`, `doorway-pec-stretch`.
   * - `remember`: Keep the dates of finished routines on this device (opt-in).
   * - `storage-key`/`storageKey`: Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   * - `now`: The clock, in milliseconds since 1970. A property, not an attribute: replace it to fix the time in tests or previews. (property only)
   * - `session`: undefined (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `backcare-routine-start`: The reader pressed Start. `detail`: `{ exercises: string[] }`.
   * - `backcare-routine-step`: An exercise is shown, at Start, Next or Back. `detail`: `{ index: number, exercise: string }`.
   * - `backcare-routine-complete`: The reader finished the last exercise. `detail`: `{ exercises: string[], seconds: number }`.
   * - `backcare-routine-stop`: The session ended early. `detail`: `{ reason: 'discomfort' | 'left' }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `plan`: An `ol` of `li data-exercise="ID"` with optional `data-reps` (1–100), `data-sets` (1–20) and `data-hold` (seconds, 1–300); shown as is before the script loads.
   * - `note`: A clinician's note, shown with the plan, at the end and on paper.
   * - `actions`: A call to action, such as a clinic's booking link, shown at the end, after "Stop, this hurts", and on paper.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `plan`: The list of the day's exercises.
   * - `before-start`: The "ask your doctor or midwife first" line.
   * - `illustration`: The drawing of the exercise under way.
   * - `safety-note`: The "stop if it hurts" note.
   * - `message`: The note shown when none of the plan's exercises is known.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-routine": Partial<
    BackcareRoutineProps & BaseProps<BackcareRoutine> & BaseEvents
  >;
};

export type CustomElementsSolidJs = {
  /**
   * One exercise a physical therapist recommends for postpartum back pain: what it helps,
   * what you need, numbered steps, an illustration, who recommends it, and when to stop.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `exercise`: Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`.
   * - `compact`: A smaller card for sidebars and narrow columns.
   * - `reps`: The clinician's number of repetitions (1–100), shown as the reader's plan.
   * - `sets`: The clinician's number of sets (1–20), shown as the reader's plan.
   * - `hold`: The clinician's hold time in seconds (1–300), shown as the reader's plan.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `note`: A clinician's note for this reader, shown below the plan.
   * - `actions`: A call to action, such as a clinic's booking link, shown after the safety note.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `illustration`: The figure holding the drawing of the position.
   * - `plan`: The reader's plan (reps, sets, hold), when a dose is given.
   * - `steps`: The numbered list of steps.
   * - `before-start`: The "ask your doctor or midwife first" line before the steps.
   * - `safety-note`: The "stop if it hurts" note.
   * - `message`: The message shown instead of a card when `exercise` is unknown.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-exercise-card": Partial<
    BackcareExerciseCardProps &
      BackcareExerciseCardSolidJsProps &
      BaseProps<BackcareExerciseCard> &
      BaseEvents
  >;

  /**
   * Feeding holds and set-ups that take pressure off the back, for nursing and bottle-feeding
   * parents alike: the football, cradle and side-lying holds as tabs, each with a drawing,
   * short steps and why it helps, then how to set up a supportive place to feed.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `position`: The hold shown first: `football`, `cradle` or `side-lying`. Other values fall back to
   * `football` with a console warning. Changing it later shows that hold; the property
   * follows the reader's choice.
   * - `feeding`: How the reader feeds, so the wording fits: `breast`, `bottle` or `both`. Other values
   * fall back to `both` with a console warning.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `backcare-position-change`: The reader picked another hold, by click or keyboard. `detail.position` is `football`, `cradle` or `side-lying`. Not fired on first render or when the `position` attribute changes.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `intro`: The short paragraph under the title.
   * - `tablist`: The row of hold tabs (hidden in print).
   * - `tab`: Each hold's tab.
   * - `panel`: Each hold's panel; every panel shows in print.
   * - `illustration`: The figure holding a hold's drawing.
   * - `steps`: A hold's list of steps.
   * - `setup`: The section on setting up a place to feed.
   * - `safe-sleep`: The safe-sleep notes beside the side-lying hold and the nursing pillow.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-feeding-guide": Partial<
    BackcareFeedingGuideProps &
      BackcareFeedingGuideSolidJsProps &
      BaseProps<BackcareFeedingGuide> &
      BaseEvents
  >;

  /**
   * Do and don't guidance from physical therapists for the moments that strain a new parent's
   * lower back most: lifting the baby out of a crib or play yard, carrying, bending over and
   * rolling over. Starts with how to engage the core, and shows a drawing of a good lift.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `moment`: Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
   * (bending over and rolling over, which share the same advice; `rolling` is accepted as
   * another name for it). Absent or `all` shows every moment. Other values show every
   * moment with a console warning.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `core`: The "engage your core first" box.
   * - `moment`: Each moment's section (lifting, carrying, bending and rolling over).
   * - `do`: Each "do" box, holding its heading and list.
   * - `dont`: Each "don't" box, holding its heading and list.
   * - `illustration`: The figure holding the drawing of a good lift.
   * - `safety-note`: The "stop if it hurts" note.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-lifting-tips": Partial<
    BackcareLiftingTipsProps &
      BackcareLiftingTipsSolidJsProps &
      BaseProps<BackcareLiftingTips> &
      BaseEvents
  >;

  /**
   * A one-minute explainer of why a new parent's back hurts: relaxin loosening joints and
   * ligaments, stomach muscles weakened by the bump, carrying and bending, and hunching to
   * feed. It ends with hope: this is common, and strengthening, stretching and small changes
   * in how you hold, carry and lift usually ease it.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `links`: Links to what to do next, such as exercise cards or a clinic's booking page. Shown in a labelled "Where to start" area, only when something is slotted.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `illustration`: The small drawing of a parent holding a baby.
   * - `causes`: The list of reasons.
   * - `hope`: The closing "good news" section.
   * - `links`: The area holding the `links` slot.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-why-it-hurts": Partial<
    BackcareWhyItHurtsProps &
      BackcareWhyItHurtsSolidJsProps &
      BaseProps<BackcareWhyItHurts> &
      BaseEvents
  >;

  /**
   * The signs that need medical care now, from public-health guidance: the urgent maternal
   * warning signs (CDC) and the back pain red flags (NHS), with what to do. Always visible
   * and printed in full, for a discharge page or beside the other widgets.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `emergency`: The hospital's own number or words, shown under "What to do" and in print.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `badge`: The "Emergency" label with its warning triangle.
   * - `maternal`: The list of urgent maternal warning signs.
   * - `back`: The list of back pain red flags.
   * - `what-to-do`: What to do now, with the `emergency` slot.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-warning-signs": Partial<
    BackcareWarningSignsProps &
      BackcareWarningSignsSolidJsProps &
      BaseProps<BackcareWarningSigns> &
      BaseEvents
  >;

  /**
   * "When to see a physical therapist": the reader ticks what applies and gets a clear next
   * step, with its urgency shown in words, an icon and the panel's border, not by colour alone.
   * The warning signs that need medical care now (`<backcare-warning-signs>`) are always shown
   * with the list (below it on screen, beside it on paper), and ticking "you have a warning
   * sign" gives the `emergency` level. With nothing ticked,
   * the checklist never says all is well: it points to the warning signs. Printed, it makes a
   * one-page handout (A4 or US Letter) with every item and its box, the next step, the warning
   * signs, the clinic's contact and the disclaimer.
   *
   * **Weeks since the birth.** A hospital can set `weeks-postpartum`; the reader can also enter
   * the birth date. When both are there, the reader's date wins. A date that cannot be used
   * (in the future, unreadable, or more than two years ago) gets a visible message and is
   * ignored, so `weeks-postpartum` applies again. The date is never stored unless `remember`
   * is set.
   *
   * **Your own items.** Put a list in the `items` slot; each `li` becomes a checkbox after the
   * built-in ones and counts toward the result. `data-id` names it in events and storage
   * (letters, digits, `-` or `_`; missing or duplicate ids get `custom-N` with a warning).
   * `data-level` is `routine`, `soon`, `now` (today) or `emergency`; absent means `soon`, and
   * an unknown value also means `soon`, with a warning. Your items get a next step worded for
   * their level that sends the reader to their care team (emergency: "get medical care now; if
   * you cannot reach your care team, go to the emergency room or call 911"); the physical
   * therapist's wording belongs to the built-in items only. Only the item's text is used,
   * never its markup. Items added or changed later are picked up. Before the script loads,
   * the list shows as is.
   *
   * ```html
   * <backcare-pt-checklist remember>
   *   <ul slot="items">
   *     <li data-id="fever" data-level="emergency">Fever above 38 °C with back pain</li>
   *   </ul>
   *   <p slot="contact">Call the clinic: <a href="tel:+15550100">555-0100</a></p>
   *   <p slot="emergency">Day or night, call the maternity unit: <a href="tel:+15550199">555-0199</a></p>
   * </backcare-pt-checklist>
   * ```
   *
   * **Remembering.** With `remember`, the ticked item ids and the birth date, nothing else,
   * are kept in `localStorage` under `backcare:pt-checklist:` plus `storage-key` (default: the
   * page's path), and a "Clear my answers" button appears. Where storage is blocked or full,
   * answers are kept in memory for the visit. Without `remember`, storage is never touched.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `weeks-postpartum`/`weeksPostpartum`: Whole weeks since the birth (0–104), from the care team. A date the reader enters wins.
   * - `remember`: Keep the reader's ticks and birth date on this device (opt-in).
   * - `storage-key`/`storageKey`: Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   * - `now`: Today's date. A property, not an attribute: replace it to fix "today" in tests or previews. (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `backcare-checklist-change`: The reader ticked or unticked an item, or cleared their answers. `detail`: `{ checked: string[], level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `contact`: The clinic's phone number or booking link, shown with the next step and in print.
   * - `emergency`: The hospital's own number or words for an emergency: shown with the next step at the `emergency` level, else in the warning signs' "What to do", and in print.
   * - `items`: A list whose `li` elements are added as items (see above); never shown itself.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `items`: The group of checkboxes.
   * - `birth-date`: The birth date field, its messages and the weeks since the birth.
   * - `result`: The next-step panel; it also carries the class of its level.
   * - `badge`: The urgency label with its icon.
   * - `warning-signs`: The warning signs card, a `<backcare-warning-signs>`.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-pt-checklist": Partial<
    BackcarePtChecklistProps &
      BackcarePtChecklistSolidJsProps &
      BaseProps<BackcarePtChecklist> &
      BaseEvents
  >;

  /**
   * A guided session through the day's exercises, one at a time: the overview (the plan, its
   * doses, how long the holds take when every exercise has one, and who should ask a doctor
   * first), then each exercise with its drawing, steps, a hold timer where the plan gives a
   * hold and a tap counter where it gives repetitions or sets, then "done for today".
   * "Stop, this hurts" ends the session with the article's advice: stop, and see a physical
   * therapist. Printed, it makes a home-exercise sheet with tick boxes for a week.
   *
   * **The plan.** `exercises="cat-cow bridge"`, or a clinician's list in the light DOM, which
   * is also what the page shows without JavaScript; without either, the article's six in its
   * order. Doses appear only where given; a value out of range is ignored with a warning.
   *
   * ```html
   * <backcare-routine remember>
   *   <ol slot="plan">
   *     <li data-exercise="bridge" data-reps="10" data-sets="2">Bridge: 10 times, 2 sets</li>
   *     <li data-exercise="childs-pose" data-hold="30">Child’s pose: hold 30 seconds</li>
   *   </ol>
   *   <a slot="actions" href="https://example.org/book">Book a visit</a>
   * </backcare-routine>
   * ```
   *
   * During cat-cow and the bridge the figure moves slowly between the two positions, and stops
   * while paused; a reader who asks for reduced motion sees both positions side by side.
   *
   * The overview is drawn first; the session screens, the timer and the printed sheet's
   * drawings load right after it, from `chunks/routine/session.js`.
   *
   * **Remembering.** With `remember`, the dates of finished routines, nothing else, are kept
   * in `localStorage` under `backcare:routine:` plus `storage-key` (default: the page's path);
   * the end screen then shows the last seven days and a "clear" button. Days finished in
   * other tabs show up at once. Without `remember`, storage is never touched.
   *
   * ## Attributes & Properties
   *
   * Component attributes and properties that can be applied to the element or by using JavaScript.
   *
   * - `exercises`: Space-separated exercise ids, in order: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction`, `doorway-pec-stretch`.
   * - `remember`: Keep the dates of finished routines on this device (opt-in).
   * - `storage-key`/`storageKey`: Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path.
   * - `heading-level`/`headingLevel`: Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   * - `theme`: `light` or `dark` forces a colour scheme; absent follows the reader's system setting.
   * - `reviewed-by`/`reviewedBy`: Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   * - `reviewed-on`/`reviewedOn`: The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor.
   * - `now`: The clock, in milliseconds since 1970. A property, not an attribute: replace it to fix the time in tests or previews. (property only)
   * - `session`: undefined (property only)
   *
   * ## Events
   *
   * Events that will be emitted by the component.
   *
   * - `backcare-routine-start`: The reader pressed Start. `detail`: `{ exercises: string[] }`.
   * - `backcare-routine-step`: An exercise is shown, at Start, Next or Back. `detail`: `{ index: number, exercise: string }`.
   * - `backcare-routine-complete`: The reader finished the last exercise. `detail`: `{ exercises: string[], seconds: number }`.
   * - `backcare-routine-stop`: The session ended early. `detail`: `{ reason: 'discomfort' | 'left' }`.
   *
   * ## Slots
   *
   * Areas where markup can be added to the component.
   *
   * - `plan`: An `ol` of `li data-exercise="ID"` with optional `data-reps` (1–100), `data-sets` (1–20) and `data-hold` (seconds, 1–300); shown as is before the script loads.
   * - `note`: A clinician's note, shown with the plan, at the end and on paper.
   * - `actions`: A call to action, such as a clinic's booking link, shown at the end, after "Stop, this hurts", and on paper.
   * - `(default)`: Fallback content, shown before the script loads and while a translation loads.
   *
   * ## Methods
   *
   * Methods that can be called to access component functionality.
   *
   * - `define(tag: BackcareTag) => void`: Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   *
   * ## CSS Custom Properties
   *
   * CSS variables available for styling the component.
   *
   * - `--backcare-accent`: Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#0b6b5d`)
   * - `--backcare-dark-accent`: Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. (default: `#6fd6c2`)
   * - `--backcare-accent-contrast`: Text on an accent background, as on the feeding guide’s selected tab. (default: `#ffffff`)
   * - `--backcare-dark-accent-contrast`: Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. (default: `#062a24`)
   * - `--backcare-accent-soft`: Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#e5f3f0`)
   * - `--backcare-dark-accent-soft`: Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. (default: `#173b36`)
   * - `--backcare-text`: Text, and the people in the drawings. (default: `#1d2a33`)
   * - `--backcare-dark-text`: Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. (default: `#e8eef1`)
   * - `--backcare-muted`: Secondary text (hints, fine print) and the ground line in the drawings. (default: `#4b5b66`)
   * - `--backcare-dark-muted`: Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. (default: `#b3c1c9`)
   * - `--backcare-surface`: Card background. (default: `#ffffff`)
   * - `--backcare-dark-surface`: Dark-scheme twin of `--backcare-surface`. Card background. (default: `#14202a`)
   * - `--backcare-border`: Borders and dividing lines. (default: `#c9d3d9`)
   * - `--backcare-dark-border`: Dark-scheme twin of `--backcare-border`. Borders and dividing lines. (default: `#3c4e5a`)
   * - `--backcare-caution`: Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#8a4b00`)
   * - `--backcare-dark-caution`: Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. (default: `#ffc46b`)
   * - `--backcare-caution-soft`: Background of safety notes and of the checklist’s “book soon” result. (default: `#fff4e0`)
   * - `--backcare-dark-caution-soft`: Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. (default: `#3a2a12`)
   * - `--backcare-urgent`: The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#a4262c`)
   * - `--backcare-dark-urgent`: Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. (default: `#ff9b94`)
   * - `--backcare-focus`: Keyboard focus outline. (default: `#1a56db`)
   * - `--backcare-dark-focus`: Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. (default: `#8ab4ff`)
   * - `--backcare-radius`: Corner radius of the card; panels inside it use half. (default: `12px`)
   * - `--backcare-space`: Inner spacing of the card. (default: `1rem`)
   * - `--backcare-font`: Font family; the page’s font when unset. (default: `inherit`)
   * - `--backcare-font-size`: Base font size; the page’s size when unset. (default: `inherit`)
   *
   * ## CSS Parts
   *
   * Custom selectors for styling elements within the component.
   *
   * - `plan`: The list of the day's exercises.
   * - `before-start`: The "ask your doctor or midwife first" line.
   * - `illustration`: The drawing of the exercise under way.
   * - `safety-note`: The "stop if it hurts" note.
   * - `message`: The note shown when none of the plan's exercises is known.
   * - `card`: The element's outer box.
   * - `heading`: The element's main heading.
   * - `credit`: The footer with who gave the advice, the source, the disclaimer and the review date.
   *
   * ## CSS States
   *
   * These can be used to apply styling when a component is in a given state.
   *
   * - `waiting`: While the widget's language loads and its fallback content shows. `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
   */
  "backcare-routine": Partial<
    BackcareRoutineProps &
      BackcareRoutineSolidJsProps &
      BaseProps<BackcareRoutine> &
      BaseEvents
  >;
};

export type CustomCssProperties = {
  /** Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. */
  "--backcare-accent"?: string | undefined;
  /** Dark-scheme twin of `--backcare-accent`. Brand colour: links, accent lines, step numbers, buttons, the selected tab and the cues in the drawings. */
  "--backcare-dark-accent"?: string | undefined;
  /** Text on an accent background, as on the feeding guide’s selected tab. */
  "--backcare-accent-contrast"?: string | undefined;
  /** Dark-scheme twin of `--backcare-accent-contrast`. Text on an accent background, as on the feeding guide’s selected tab. */
  "--backcare-dark-accent-contrast"?: string | undefined;
  /** Tinted background of the drawings, the exercise plan and highlighted panels. */
  "--backcare-accent-soft"?: string | undefined;
  /** Dark-scheme twin of `--backcare-accent-soft`. Tinted background of the drawings, the exercise plan and highlighted panels. */
  "--backcare-dark-accent-soft"?: string | undefined;
  /** Text, and the people in the drawings. */
  "--backcare-text"?: string | undefined;
  /** Dark-scheme twin of `--backcare-text`. Text, and the people in the drawings. */
  "--backcare-dark-text"?: string | undefined;
  /** Secondary text (hints, fine print) and the ground line in the drawings. */
  "--backcare-muted"?: string | undefined;
  /** Dark-scheme twin of `--backcare-muted`. Secondary text (hints, fine print) and the ground line in the drawings. */
  "--backcare-dark-muted"?: string | undefined;
  /** Card background. */
  "--backcare-surface"?: string | undefined;
  /** Dark-scheme twin of `--backcare-surface`. Card background. */
  "--backcare-dark-surface"?: string | undefined;
  /** Borders and dividing lines. */
  "--backcare-border"?: string | undefined;
  /** Dark-scheme twin of `--backcare-border`. Borders and dividing lines. */
  "--backcare-dark-border"?: string | undefined;
  /** Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. */
  "--backcare-caution"?: string | undefined;
  /** Dark-scheme twin of `--backcare-caution`. Edge of safety notes, the checklist’s “book soon” result, input errors, and the props in the drawings. */
  "--backcare-dark-caution"?: string | undefined;
  /** Background of safety notes and of the checklist’s “book soon” result. */
  "--backcare-caution-soft"?: string | undefined;
  /** Dark-scheme twin of `--backcare-caution-soft`. Background of safety notes and of the checklist’s “book soon” result. */
  "--backcare-dark-caution-soft"?: string | undefined;
  /** The warning signs card, and the checklist’s “today” and “emergency” results. */
  "--backcare-urgent"?: string | undefined;
  /** Dark-scheme twin of `--backcare-urgent`. The warning signs card, and the checklist’s “today” and “emergency” results. */
  "--backcare-dark-urgent"?: string | undefined;
  /** Keyboard focus outline. */
  "--backcare-focus"?: string | undefined;
  /** Dark-scheme twin of `--backcare-focus`. Keyboard focus outline. */
  "--backcare-dark-focus"?: string | undefined;
  /** Corner radius of the card; panels inside it use half. */
  "--backcare-radius"?: string | undefined;
  /** Inner spacing of the card. */
  "--backcare-space"?: string | undefined;
  /** Font family; the page’s font when unset. */
  "--backcare-font"?: string | undefined;
  /** Base font size; the page’s size when unset. */
  "--backcare-font-size"?: string | undefined;
};

declare module "react" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react/jsx-dev-runtime" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "preact" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@builder.io/qwik" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "@stencil/core" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "hono/jsx" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "react-native" {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare module "solid-js" {
  namespace JSX {
    interface IntrinsicElements extends CustomElementsSolidJs {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}

declare global {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
  export interface CSSProperties extends CustomCssProperties {}
}
