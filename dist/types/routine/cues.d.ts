/**
 * What the device can add to a session: a tone and spoken names, only when the reader turns
 * them on, and keeping the screen on while an exercise is under way. Each is made on the
 * device (no sound file, no network voice) and does nothing where the browser lacks it.
 */
/** A short, soft tone made by Web Audio: nothing is fetched. */
export declare function playTone(): void;
/**
 * Says `text` with a voice of `lang` that runs on the device. A voice that speaks through a
 * server would send the words away, so without a local one nothing is said.
 */
export declare function speak(text: string, lang: string): void;
/** Keeps the screen on while `wanted` says so and the page is shown; no error where missing. */
export declare class ScreenKeeper {
    private readonly wanted;
    private lock?;
    constructor(wanted: () => boolean);
    /** Takes or gives back the lock to match `wanted` and the page's visibility. */
    sync(): void;
}
