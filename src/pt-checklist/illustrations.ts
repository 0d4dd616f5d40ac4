import type { UrgencyLevel } from './content.js';

const circle = 'M10 2a8 8 0 1 1 0 16a8 8 0 1 1 0-16';

/**
 * The badge's icon for each level, in a 20 x 20 viewBox, so a level is not told by colour
 * alone. "Nothing ticked" is an empty box, not a tick mark: it must not look like an all-clear.
 */
export const levelIcons: Readonly<Record<UrgencyLevel, string>> = {
  none: 'M4 4h12v12H4z',
  routine: `${circle}M10 9v5M10 6v.5`,
  soon: `${circle}M10 5v5l3 2`,
  now: `${circle}M10 5v6M10 14v.5`,
  emergency: 'M10 2 19 18H1zM10 8v4M10 15v.5',
};
