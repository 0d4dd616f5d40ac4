import type { RoutineSessionText } from './texts.js';
/** The words of the session screens in English, loaded with them. */
export declare const routineSession: RoutineSessionText;
