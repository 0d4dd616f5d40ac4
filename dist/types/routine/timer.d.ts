/** Where a hold stands. */
export type HoldState = 'ready' | 'running' | 'paused' | 'done';
/**
 * A hold's countdown, kept as the time it ends on `now`'s clock while it runs, and as the
 * milliseconds left while it is paused. Nothing counts ticks: a page hidden for 30 seconds,
 * or a phone whose screen was locked, shows the right time as soon as it is drawn again.
 */
export declare class HoldTimer {
    private readonly seconds;
    private readonly now;
    state: HoldState;
    private endsAt;
    private left;
    constructor(seconds: number, now: () => number);
    get msLeft(): number;
    /** Whole seconds left, rounded up, so a 30-second hold shows 30 until a second has gone. */
    get secondsLeft(): number;
    /** Starts, pauses, goes on, or (once done) starts the hold again. */
    toggle(): void;
    pause(): void;
    /** Marks a running hold done once its time is up; true when it has just ended. */
    check(): boolean;
}
