import type { ElementEntry } from '../registry.js';
import { feedingGuide } from './en.js';

export default {
  tag: 'backcare-feeding-guide',
  texts: { feedingGuide },
  reserve: { '': '36rem' },
  fixtures: [
    {},
    { position: 'cradle', feeding: 'breast' },
    { position: 'side-lying', feeding: 'bottle' },
  ],
} as const satisfies ElementEntry;
