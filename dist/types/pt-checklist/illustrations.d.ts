import type { UrgencyLevel } from './content.js';
/**
 * The badge's icon for each level, in a 20 x 20 viewBox, so a level is not told by colour
 * alone. "Nothing ticked" is an empty box, not a tick mark: it must not look like an all-clear.
 */
export declare const levelIcons: Readonly<Record<UrgencyLevel, string>>;
