import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * Moves an exercise's figure between its two positions while the exercise is under way,
 * unless the reader asks for less motion. `moving` says whether the exercise is under way
 * (not paused) and has a movement to show; when it stops, the figure stays where it is.
 * Animation frames stop by themselves while the page is hidden.
 */
export declare class PoseMotion implements ReactiveController {
    private readonly host;
    private readonly moving;
    /** How far through the movement the figure is: 0 the first position, 1 the second. */
    phase: number;
    /** Milliseconds into the current cycle, counted only while the figure moves. */
    private clock;
    private frame;
    private last;
    private readonly calm;
    constructor(host: ReactiveControllerHost, moving: () => boolean);
    /** Whether the figure moves at all: not for a reader who asked for reduced motion. */
    get allowed(): boolean;
    private readonly redraw;
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdated(): void;
    private readonly tick;
}
