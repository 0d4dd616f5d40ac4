import { type SVGTemplateResult } from 'lit';
import type { FeedingPosition } from './content.js';
/** Inner SVG content for each hold, drawn in a 320 x 200 viewBox. */
export declare const holdIllustrations: Record<FeedingPosition, SVGTemplateResult>;
