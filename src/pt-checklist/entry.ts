import type { ElementEntry } from '../registry.js';
import { ptChecklist } from './en.js';

export default {
  tag: 'backcare-pt-checklist',
  texts: { ptChecklist },
  reserve: { '': '36rem' },
  fixtures: [{}, { 'weeks-postpartum': '3' }, { 'weeks-postpartum': '8' }],
} as const satisfies ElementEntry;
