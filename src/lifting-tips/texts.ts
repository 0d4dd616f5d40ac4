import type { LiftingMoment } from './content.js';

export interface LiftingMomentText {
  readonly heading: string;
  /** Things to do, each written so it reads after a hidden "Do:". */
  readonly dos: readonly string[];
  /** Things to avoid, each written so it reads after a hidden "Do not:". */
  readonly donts: readonly string[];
}

export interface LiftingTipsText {
  readonly heading: string;
  readonly intro: string;
  readonly coreHeading: string;
  readonly coreWhy: string;
  /** The tight-pants cue, credited to the clinician named in `{name}`. */
  readonly coreCue: string;
  readonly coreFeel: string;
  readonly moments: Readonly<Record<LiftingMoment, LiftingMomentText>>;
  /** Visible heading of each "do" list. */
  readonly doHeading: string;
  /** Visible heading of each "don't" list. */
  readonly dontHeading: string;
  /** Read by screen readers before each "do" item. */
  readonly doPrefix: string;
  /** Read by screen readers before each "don't" item. */
  readonly dontPrefix: string;
  /** Text alternative of the drawing of a good lift. */
  readonly illustrationAlt: string;
}
