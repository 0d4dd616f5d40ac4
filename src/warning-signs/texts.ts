import type { BackRedFlag, MaternalSign } from './content.js';

export interface WarningSignsText {
  readonly heading: string;
  /** Who the signs are for, and for how long after the birth. */
  readonly intro: string;
  readonly maternalHeading: string;
  readonly maternal: Readonly<Record<MaternalSign, string>>;
  readonly backHeading: string;
  readonly back: Readonly<Record<BackRedFlag, string>>;
  readonly whatToDoHeading: string;
  /** What to do now: the care team, else the emergency room or 911. */
  readonly whatToDo: readonly string[];
  /** The list is not complete: when in doubt, get help. */
  readonly notComplete: string;
  /** Read by screen readers before the heading, and shown as the badge. */
  readonly badge: string;
}
