/**
 * What the device can add to a session: a tone and spoken names, only when the reader turns
 * them on, and keeping the screen on while an exercise is under way. Each is made on the
 * device (no sound file, no network voice) and does nothing where the browser lacks it.
 */

/** A short, soft tone made by Web Audio: nothing is fetched. */
export function playTone(): void {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = 660;
    volume.gain.setValueAtTime(0.2, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.4);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.4);
    tone.onended = () => void audio.close();
  } catch {
    // No Web Audio here: the reader still sees the timer.
  }
}

/**
 * Says `text` with a voice of `lang` that runs on the device. A voice that speaks through a
 * server would send the words away, so without a local one nothing is said.
 */
export function speak(text: string, lang: string): void {
  try {
    const voice = speechSynthesis
      .getVoices()
      .find((v) => v.localService && v.lang.toLowerCase().startsWith(lang));
    if (!voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    speechSynthesis.cancel();
    speechSynthesis.speak(utterance);
  } catch {
    // No speech synthesis here.
  }
}

/** Keeps the screen on while `wanted` says so and the page is shown; no error where missing. */
export class ScreenKeeper {
  private lock?: Promise<WakeLockSentinel | undefined>;

  constructor(private readonly wanted: () => boolean) {}

  /** Takes or gives back the lock to match `wanted` and the page's visibility. */
  sync(): void {
    const want = this.wanted() && document.visibilityState === 'visible';
    if (want && !this.lock) {
      this.lock = Promise.resolve()
        .then(() => navigator.wakeLock?.request('screen'))
        .catch(() => undefined);
    } else if (!want && this.lock) {
      const lock = this.lock;
      this.lock = undefined;
      void lock.then((sentinel) => sentinel?.release()).catch(() => undefined);
    }
  }
}
