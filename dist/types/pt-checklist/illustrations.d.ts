import type { UrgencyLevel } from './content.js';
/** The badge's icon for each level, in a 20 x 20 viewBox, so a level is not told by colour alone. */
export declare const levelIcons: Readonly<Record<UrgencyLevel, string>>;
