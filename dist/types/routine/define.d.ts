import { BackcareRoutine, type RoutineCompleteDetail, type RoutineStartDetail, type RoutineStepDetail, type RoutineStopDetail } from './routine.js';
export { BackcareRoutine };
export type { RoutineCompleteDetail, RoutineStartDetail, RoutineStepDetail, RoutineStopDetail };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { ExerciseId } from '../exercises/content.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-routine': BackcareRoutine;
    }
    interface GlobalEventHandlersEventMap {
        'backcare-routine-start': CustomEvent<RoutineStartDetail>;
        'backcare-routine-step': CustomEvent<RoutineStepDetail>;
        'backcare-routine-complete': CustomEvent<RoutineCompleteDetail>;
        'backcare-routine-stop': CustomEvent<RoutineStopDetail>;
    }
}
