import type { ReactiveController, ReactiveControllerHost } from 'lit';
/**
 * What a widget tells screen readers through its polite live region, which the widget
 * renders with `text` in it:
 * `<p class="visually-hidden" role="status" aria-live="polite">${announcer.text}</p>`.
 * The text is set only once the reader pauses, so ticking three boxes in a row is heard
 * once, with the outcome, not three times. Nothing is said on first render.
 */
export declare class Announcer implements ReactiveController {
    private readonly host;
    /** How long the reader must pause, in milliseconds. */
    private readonly delay;
    /** What the live region holds: empty until the first announcement. */
    text: string;
    private timer?;
    constructor(host: ReactiveControllerHost, 
    /** How long the reader must pause, in milliseconds. */
    delay?: number);
    /**
     * Announces `message()` once `announce` has not been called again for `delay` ms: a newer
     * call replaces a pending one. The message is worked out when the time comes, so it says how
     * things are then.
     */
    announce(message: () => string): void;
    hostDisconnected(): void;
}
