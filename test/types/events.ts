// Type tests, checked by `npm run typecheck` (never run): every event's detail type follows
// its name, for listeners and for the code that fires it.
import '../../src/backcare.js';
import { emit } from '../../src/shared/events.js';

document.addEventListener('backcare-checklist-change', (event) => {
  const level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' = event.detail.level;
  const checked: string[] = event.detail.checked;
  // @ts-expect-error The checklist's detail has no position.
  void event.detail.position;
  void [level, checked];
});

const guide = document.createElement('backcare-feeding-guide');
guide.addEventListener('backcare-position-change', (event) => {
  const position: 'football' | 'cradle' | 'side-lying' = event.detail.position;
  void position;
});

// @ts-expect-error A detail of another event's shape does not compile.
emit(guide, 'backcare-checklist-change', { position: 'cradle' });
// @ts-expect-error Nor does a level outside the list.
emit(guide, 'backcare-checklist-change', { checked: [], level: 'later' });
// @ts-expect-error Nor an event no element declares.
emit(guide, 'backcare-unknown', {});
emit(guide, 'backcare-position-change', { position: 'side-lying' });
