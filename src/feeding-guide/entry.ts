import type { ElementEntry } from '../registry.js';
import { feedingGuide } from './en.js';

export default {
  tag: 'backcare-feeding-guide',
  texts: { feedingGuide },
  reserve: { '': { wide: 60, 768: 62, 600: 73, 414: 100 } },
  fixtures: [
    {},
    { position: 'cradle', feeding: 'breast' },
    { position: 'side-lying', feeding: 'bottle' },
  ],
} as const satisfies ElementEntry;
