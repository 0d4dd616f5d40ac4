import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One movement there and back, at the calm pace of the exercises: six seconds. */
const cycle = 6000;
/** About fifteen drawings a second: smooth enough for a slow movement, light on a phone. */
const frameGap = 66;

/**
 * Moves an exercise's figure between its two positions while the exercise is under way,
 * unless the reader asks for less motion. `moving` says whether the exercise is under way
 * (not paused) and has a movement to show; when it stops, the figure stays where it is.
 * Animation frames stop by themselves while the page is hidden.
 */
export class PoseMotion implements ReactiveController {
  /** How far through the movement the figure is: 0 the first position, 1 the second. */
  phase = 0;
  /** Milliseconds into the current cycle, counted only while the figure moves. */
  private clock = 0;
  private frame = 0;
  private last = 0;
  private readonly calm = matchMedia('(prefers-reduced-motion: reduce)');

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly moving: () => boolean,
  ) {
    host.addController(this);
  }

  /** Whether the figure moves at all: not for a reader who asked for reduced motion. */
  get allowed(): boolean {
    return !this.calm.matches;
  }

  private readonly redraw = () => this.host.requestUpdate();

  hostConnected(): void {
    this.calm.addEventListener('change', this.redraw);
  }

  hostDisconnected(): void {
    this.calm.removeEventListener('change', this.redraw);
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    if (!this.frame && this.allowed && this.moving()) this.frame = requestAnimationFrame(this.tick);
  }

  private readonly tick = (time: number) => {
    this.frame = 0;
    // Checked at every frame too, not only on the media query's change event, which a
    // browser may hold back while the page animates: asking for less motion stops it now.
    if (!this.allowed) return this.redraw();
    if (!this.moving()) return;
    if (time - this.last < frameGap) {
      this.frame = requestAnimationFrame(this.tick);
      return;
    }
    // The time in the movement, eased: slow at each position, quicker between.
    const step = this.last ? Math.min(time - this.last, 250) : 0;
    this.last = time;
    this.clock = (this.clock + step) % cycle;
    this.phase = (1 - Math.cos((2 * Math.PI * this.clock) / cycle)) / 2;
    this.host.requestUpdate();
  };
}
