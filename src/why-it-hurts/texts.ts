import type { PainCause } from './content.js';

export interface PainCauseText {
  /** A short, bold lead-in. */
  readonly title: string;
  readonly text: string;
}

export interface WhyItHurtsText {
  readonly heading: string;
  readonly intro: string;
  readonly causes: Readonly<Record<PainCause, PainCauseText>>;
  readonly hopeHeading: string;
  /** The hopeful closing paragraph. */
  readonly hope: string;
  /** Heading of the area holding the host's links, shown only when there are links. */
  readonly linksHeading: string;
  /** Text alternative of the small drawing. */
  readonly illustrationAlt: string;
}
