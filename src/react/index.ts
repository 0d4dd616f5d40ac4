// Generated from custom-elements.json by `npm run build`; edit the elements, not this file.
/**
 * React wrappers, one per element, made with `@lit/react`: each property is a prop, each
 * `backcare-*` event an `on…` prop whose handler gets the typed event. Importing this
 * module defines the elements it wraps. React is a peer dependency.
 *
 * ```tsx
 * import { PtChecklist } from 'postpartum-backcare/react';
 * <PtChecklist weeksPostpartum="3" onChecklistChange={(e) => console.log(e.detail.checked)} />
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { BackcareExerciseCard } from '../exercise-card/define.js';
import { BackcareFeedingGuide } from '../feeding-guide/define.js';
import { BackcareLiftingTips } from '../lifting-tips/define.js';
import { BackcarePtChecklist } from '../pt-checklist/define.js';
import { BackcareRoutine } from '../routine/define.js';
import { BackcareWarningSigns } from '../warning-signs/define.js';
import { BackcareWhyItHurts } from '../why-it-hurts/define.js';

/** `<backcare-exercise-card>` for React. */
export const ExerciseCard = createComponent({
  tagName: 'backcare-exercise-card',
  elementClass: BackcareExerciseCard,
  react: React,
  events: {},
  displayName: 'ExerciseCard',
});

/** `<backcare-feeding-guide>` for React; `onPositionChange` for `backcare-position-change`. */
export const FeedingGuide = createComponent({
  tagName: 'backcare-feeding-guide',
  elementClass: BackcareFeedingGuide,
  react: React,
  events: {
    onPositionChange: 'backcare-position-change' as EventName<
      GlobalEventHandlersEventMap['backcare-position-change']
    >,
  },
  displayName: 'FeedingGuide',
});

/** `<backcare-lifting-tips>` for React. */
export const LiftingTips = createComponent({
  tagName: 'backcare-lifting-tips',
  elementClass: BackcareLiftingTips,
  react: React,
  events: {},
  displayName: 'LiftingTips',
});

/** `<backcare-pt-checklist>` for React; `onChecklistChange` for `backcare-checklist-change`. */
export const PtChecklist = createComponent({
  tagName: 'backcare-pt-checklist',
  elementClass: BackcarePtChecklist,
  react: React,
  events: {
    onChecklistChange: 'backcare-checklist-change' as EventName<
      GlobalEventHandlersEventMap['backcare-checklist-change']
    >,
  },
  displayName: 'PtChecklist',
});

/** `<backcare-routine>` for React; `onRoutineStart` for `backcare-routine-start`, `onRoutineStep` for `backcare-routine-step`, `onRoutineComplete` for `backcare-routine-complete`, `onRoutineStop` for `backcare-routine-stop`. */
export const Routine = createComponent({
  tagName: 'backcare-routine',
  elementClass: BackcareRoutine,
  react: React,
  events: {
    onRoutineStart: 'backcare-routine-start' as EventName<
      GlobalEventHandlersEventMap['backcare-routine-start']
    >,
    onRoutineStep: 'backcare-routine-step' as EventName<
      GlobalEventHandlersEventMap['backcare-routine-step']
    >,
    onRoutineComplete: 'backcare-routine-complete' as EventName<
      GlobalEventHandlersEventMap['backcare-routine-complete']
    >,
    onRoutineStop: 'backcare-routine-stop' as EventName<
      GlobalEventHandlersEventMap['backcare-routine-stop']
    >,
  },
  displayName: 'Routine',
});

/** `<backcare-warning-signs>` for React. */
export const WarningSigns = createComponent({
  tagName: 'backcare-warning-signs',
  elementClass: BackcareWarningSigns,
  react: React,
  events: {},
  displayName: 'WarningSigns',
});

/** `<backcare-why-it-hurts>` for React. */
export const WhyItHurts = createComponent({
  tagName: 'backcare-why-it-hurts',
  elementClass: BackcareWhyItHurts,
  react: React,
  events: {},
  displayName: 'WhyItHurts',
});
