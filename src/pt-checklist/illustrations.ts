import type { UrgencyLevel } from './content.js';

/** The badge's icon for each level, in a 20 x 20 viewBox, so a level is not told by colour alone. */
export const levelIcons: Readonly<Record<UrgencyLevel, string>> = {
  none: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16M6 10l3 3 5-6',
  routine: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16M10 9v5M10 6v.5',
  soon: 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16M10 5v5l3 2',
  now: 'M10 2 19 18H1zM10 8v4M10 15v.5',
};
