import { type Markup } from '../shared/figure/draw.js';
import type { FeedingPosition } from './content.js';
/** Each hold's drawing, in a 320 x 200 viewBox, from the one posable figure. */
export declare const holdIllustrations: Record<FeedingPosition, () => Markup>;
