import type { RoutineSessionText, RoutineText } from '../../routine/texts.js';
export declare const routine: RoutineText;
export declare const routineSession: RoutineSessionText;
