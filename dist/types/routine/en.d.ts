import type { RoutineText } from './texts.js';
/** The routine's own words in English; the exercises are in `exercises/en.ts`. */
export declare const routine: RoutineText;
