/** Where a hold stands. */
export type HoldState = 'ready' | 'running' | 'paused' | 'done';

/**
 * A hold's countdown, kept as the time it ends on `now`'s clock while it runs, and as the
 * milliseconds left while it is paused. Nothing counts ticks: a page hidden for 30 seconds,
 * or a phone whose screen was locked, shows the right time as soon as it is drawn again.
 */
export class HoldTimer {
  state: HoldState = 'ready';
  private endsAt = 0;
  private left: number;

  constructor(
    private readonly seconds: number,
    private readonly now: () => number,
  ) {
    this.left = seconds * 1000;
  }

  get msLeft(): number {
    return this.state === 'running' ? Math.max(0, this.endsAt - this.now()) : this.left;
  }

  /** Whole seconds left, rounded up, so a 30-second hold shows 30 until a second has gone. */
  get secondsLeft(): number {
    return Math.ceil(this.msLeft / 1000);
  }

  /** Starts, pauses, goes on, or (once done) starts the hold again. */
  toggle(): void {
    if (this.state === 'running') {
      this.pause();
      return;
    }
    if (this.state === 'done') this.left = this.seconds * 1000;
    this.endsAt = this.now() + this.left;
    this.state = 'running';
  }

  pause(): void {
    if (this.state !== 'running') return;
    this.left = this.msLeft;
    this.state = 'paused';
  }

  /** Marks a running hold done once its time is up; true when it has just ended. */
  check(): boolean {
    if (this.state !== 'running' || this.msLeft > 0) return false;
    this.state = 'done';
    this.left = 0;
    return true;
  }
}
