import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ExerciseId } from '../exercises/content.js';
import type { ExercisesText } from '../exercises/texts.js';
import type { PlanItem } from './plan.js';
import { type Drawn } from './screens.js';
/** What the routine element gives the session. */
export interface RoutineHost extends ReactiveControllerHost, HTMLElement {
    readonly remember: boolean;
    readonly storageKey: string | null;
    readonly now: () => number;
    readonly renderRoot: HTMLElement | DocumentFragment;
}
export type Screen = 'overview' | 'exercise' | 'done' | 'stopped';
/**
 * Everything after the overview: the exercises one at a time with the hold timer and the
 * counter, the end and "stop" screens, the remembered days, the cues, and each exercise's
 * part of the printed sheet. The routine element loads it once its overview is drawn, so
 * that first paint does not wait for it.
 */
export declare class Session implements ReactiveController {
    private readonly host;
    screen: Screen;
    /** What the polite live region says. */
    said: string;
    days: readonly string[];
    private plan;
    private cues;
    private index;
    private reps;
    private set;
    private paused;
    private timer?;
    private warned;
    private startedAt;
    private pausedAt;
    private pausedFor;
    private store?;
    private storeName?;
    private ticker?;
    private readonly locale;
    private readonly keeper;
    /** The figure moves only during an exercise that has a movement to show. */
    private readonly motion;
    constructor(host: RoutineHost);
    private readonly onOutside;
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdate(): void;
    hostUpdated(): void;
    /** Redraws four times a second while a hold runs, and keeps the screen on meanwhile. */
    private sync;
    private moving;
    private say;
    private format?;
    private ids;
    private show;
    private go;
    private names?;
    /** Starts a session through `plan`, with the cues the reader chose. */
    start(plan: readonly PlanItem[], cues: {
        tone: boolean;
        voice: boolean;
    }): void;
    private next;
    private back;
    private leave;
    private hurts;
    private togglePause;
    private toggleHold;
    private count;
    private clearDays;
    /** An exercise's part of the printed sheet. */
    paper(id: ExerciseId, i: number, exercises: ExercisesText, ticks: string): TemplateResult;
    /** The screen the session is on; nothing on the overview, which the element draws. */
    render(d: Drawn): unknown;
}
