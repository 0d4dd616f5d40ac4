import type { ElementEntry } from '../registry.js';
import { warningSigns } from '../warning-signs/en.js';
import { ptChecklist } from './en.js';

export default {
  tag: 'backcare-pt-checklist',
  // The warning signs card is part of the checklist, on screen and in print.
  texts: { ptChecklist, warningSigns },
  reserve: { '': { wide: 107, 768: 114, 600: 133, 414: 168 } },
  fixtures: [{}, { 'weeks-postpartum': '3' }, { 'weeks-postpartum': '8' }],
} as const satisfies ElementEntry;
