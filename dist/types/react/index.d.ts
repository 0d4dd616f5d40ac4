import { type EventName } from '@lit/react';
import { BackcareExerciseCard } from '../exercise-card/define.js';
import { BackcareFeedingGuide } from '../feeding-guide/define.js';
import { BackcareLiftingTips } from '../lifting-tips/define.js';
import { BackcarePtChecklist } from '../pt-checklist/define.js';
import { BackcareRoutine } from '../routine/define.js';
import { BackcareWarningSigns } from '../warning-signs/define.js';
import { BackcareWhyItHurts } from '../why-it-hurts/define.js';
/** `<backcare-exercise-card>` for React. */
export declare const ExerciseCard: import("@lit/react").ReactWebComponent<BackcareExerciseCard, {}>;
/** `<backcare-feeding-guide>` for React; `onPositionChange` for `backcare-position-change`. */
export declare const FeedingGuide: import("@lit/react").ReactWebComponent<BackcareFeedingGuide, {
    onPositionChange: EventName<GlobalEventHandlersEventMap["backcare-position-change"]>;
}>;
/** `<backcare-lifting-tips>` for React. */
export declare const LiftingTips: import("@lit/react").ReactWebComponent<BackcareLiftingTips, {}>;
/** `<backcare-pt-checklist>` for React; `onChecklistChange` for `backcare-checklist-change`. */
export declare const PtChecklist: import("@lit/react").ReactWebComponent<BackcarePtChecklist, {
    onChecklistChange: EventName<GlobalEventHandlersEventMap["backcare-checklist-change"]>;
}>;
/** `<backcare-routine>` for React; `onRoutineStart` for `backcare-routine-start`, `onRoutineStep` for `backcare-routine-step`, `onRoutineComplete` for `backcare-routine-complete`, `onRoutineStop` for `backcare-routine-stop`. */
export declare const Routine: import("@lit/react").ReactWebComponent<BackcareRoutine, {
    onRoutineStart: EventName<GlobalEventHandlersEventMap["backcare-routine-start"]>;
    onRoutineStep: EventName<GlobalEventHandlersEventMap["backcare-routine-step"]>;
    onRoutineComplete: EventName<GlobalEventHandlersEventMap["backcare-routine-complete"]>;
    onRoutineStop: EventName<GlobalEventHandlersEventMap["backcare-routine-stop"]>;
}>;
/** `<backcare-warning-signs>` for React. */
export declare const WarningSigns: import("@lit/react").ReactWebComponent<BackcareWarningSigns, {}>;
/** `<backcare-why-it-hurts>` for React. */
export declare const WhyItHurts: import("@lit/react").ReactWebComponent<BackcareWhyItHurts, {}>;
