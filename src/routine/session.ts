import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { drawingStyles } from '../shared/drawing.styles.js';
import { emit } from '../shared/events.js';
import type { Formatter } from '../shared/format.js';
import { LocaleController } from '../shared/locale.js';
import { safeStore, type SafeStore } from '../shared/storage.js';
import { localeLoaders } from '../locales/index.js';
import type { ExerciseId } from '../exercises/content.js';
import type { ExercisesText } from '../exercises/texts.js';
import { playTone, ScreenKeeper, speak } from './cues.js';
import { routineSession } from './session-en.js';
import { dayOf, mergeDays, validDays } from './history.js';
import type { PlanItem } from './plan.js';
import {
  doneScreen,
  exerciseScreen,
  paper,
  stoppedScreen,
  type Drawn,
  type Words,
} from './screens.js';
import { sessionStyles } from './session.styles.js';
import { HoldTimer } from './timer.js';
import { PoseMotion } from './motion.js';
import { exerciseMotions } from '../exercises/motions.js';

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
export class Session implements ReactiveController {
  screen: Screen = 'overview';
  /** What the polite live region says. */
  said = '';
  days: readonly string[] = [];
  private plan: readonly PlanItem[] = [];
  private cues = { tone: false, voice: false };
  private index = 0;
  private reps = 0;
  private set = 1;
  private paused = false;
  private timer?: HoldTimer;
  private warned = false;
  private startedAt = 0;
  private pausedAt = 0;
  private pausedFor = 0;
  private store?: SafeStore<string[]>;
  private storeName?: string;
  private ticker?: ReturnType<typeof setInterval>;
  private readonly locale: LocaleController<{ routineSession: typeof routineSession }>;
  private readonly keeper = new ScreenKeeper(
    () => this.host.isConnected && this.screen === 'exercise' && !this.paused,
  );
  /** The figure moves only during an exercise that has a movement to show. */
  private readonly motion: PoseMotion;

  constructor(private readonly host: RoutineHost) {
    const root = host.renderRoot as ShadowRoot;
    const sheets = [drawingStyles, sessionStyles].map((styles) => styles.styleSheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...(sheets as CSSStyleSheet[])];
    this.locale = new LocaleController(host, { routineSession }, localeLoaders);
    this.motion = new PoseMotion(host, () => this.moving());
    host.addController(this);
  }

  private readonly onOutside = (event: Event) => {
    if (event.type === 'storage') this.days = this.store?.read() ?? [];
    if (event.type === 'pagehide' && this.screen === 'exercise') this.leave();
    this.host.requestUpdate();
  };

  hostConnected(): void {
    for (const type of ['storage', 'pagehide']) addEventListener(type, this.onOutside);
    document.addEventListener('visibilitychange', this.onOutside);
  }

  hostDisconnected(): void {
    for (const type of ['storage', 'pagehide']) removeEventListener(type, this.onOutside);
    document.removeEventListener('visibilitychange', this.onOutside);
    this.timer?.pause();
    this.sync();
  }

  hostUpdate(): void {
    const { remember, storageKey } = this.host;
    const name = remember ? `routine:${storageKey ?? location.pathname}` : undefined;
    if (name !== this.storeName) {
      this.storeName = name;
      this.store = name ? safeStore(name, validDays) : undefined;
      this.days = this.store?.read() ?? [];
    }
    // The time left is read from the clock at each drawing, so it is right however late.
    const timer = this.timer;
    const t = this.locale.texts.routineSession;
    if (timer?.check()) {
      this.said = t.holdDone;
      if (this.cues.tone) playTone();
    } else if (timer?.state === 'running' && timer.secondsLeft <= 3 && !this.warned) {
      this.warned = true;
      this.say(timer.secondsLeft, t.holdEnding);
    }
  }

  hostUpdated(): void {
    this.host.renderRoot.querySelector('#now')?.setAttribute('tabindex', '-1');
    this.sync();
  }

  /** Redraws four times a second while a hold runs, and keeps the screen on meanwhile. */
  private sync(): void {
    const running = this.timer?.state === 'running' && this.host.isConnected;
    if (running && !this.ticker) this.ticker = setInterval(() => this.host.requestUpdate(), 250);
    if (!running && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
    this.keeper.sync();
  }

  private moving(): boolean {
    const item = this.plan[this.index];
    return this.screen === 'exercise' && !this.paused && !!item && item.id in exerciseMotions;
  }

  private say(n: number, forms: Parameters<Formatter['plural']>[1]): void {
    this.said = this.format?.plural(n, forms) ?? '';
  }

  private format?: Formatter;

  private ids(): ExerciseId[] {
    return this.plan.map((item) => item.id);
  }

  private show(screen: Screen): void {
    this.timer?.pause();
    this.screen = screen;
    this.host.requestUpdate();
    // Focus follows to the new screen's heading once it is drawn.
    void this.host.updateComplete.then(() =>
      this.host.renderRoot.querySelector<HTMLElement>('#now')?.focus(),
    );
  }

  private go(index: number): void {
    const item = this.plan[index] as PlanItem;
    this.index = index;
    this.reps = 0;
    this.set = 1;
    this.warned = false;
    this.said = '';
    const hold = item.dose.holdSeconds;
    this.timer = hold ? new HoldTimer(hold, () => this.host.now()) : undefined;
    this.show('exercise');
    emit(this.host, 'backcare-routine-step', { index, exercise: item.id });
    if (this.cues.voice && this.names) {
      speak(this.names.byId[item.id].name, this.locale.language);
    }
  }

  private names?: ExercisesText;

  /** Starts a session through `plan`, with the cues the reader chose. */
  start(plan: readonly PlanItem[], cues: { tone: boolean; voice: boolean }): void {
    this.plan = plan;
    this.cues = cues;
    this.startedAt = this.host.now();
    this.pausedFor = 0;
    this.paused = false;
    emit(this.host, 'backcare-routine-start', { exercises: this.ids() });
    this.go(0);
  }

  private next(): void {
    if (this.index < this.plan.length - 1) return this.go(this.index + 1);
    if (this.paused) this.togglePause();
    const now = this.host.now();
    if (this.store) {
      // Read, merge, write: a day another tab or widget recorded meanwhile is kept.
      this.days = mergeDays(this.store.read() ?? [], [dayOf(now)]);
      this.store.write([...this.days]);
    }
    this.show('done');
    const seconds = Math.max(0, Math.round((now - this.startedAt - this.pausedFor) / 1000));
    emit(this.host, 'backcare-routine-complete', { exercises: this.ids(), seconds });
  }

  private back(): void {
    if (this.index > 0) this.go(this.index - 1);
    else this.leave();
  }

  private leave(): void {
    this.show('overview');
    emit(this.host, 'backcare-routine-stop', { reason: 'left' });
  }

  private hurts(): void {
    this.show('stopped');
    emit(this.host, 'backcare-routine-stop', { reason: 'discomfort' });
  }

  private togglePause(): void {
    this.paused = !this.paused;
    if (this.paused) {
      this.timer?.pause();
      this.pausedAt = this.host.now();
    } else {
      this.pausedFor += this.host.now() - this.pausedAt;
    }
    this.host.requestUpdate();
  }

  private toggleHold(): void {
    const timer = this.timer as HoldTimer;
    timer.toggle();
    if (timer.state === 'running') {
      this.warned = timer.secondsLeft <= 3;
      this.say(timer.secondsLeft, this.locale.texts.routineSession.holdStarted);
    }
    this.host.requestUpdate();
  }

  private count(): void {
    const { reps, sets = 1 } = (this.plan[this.index] as PlanItem).dose;
    if (reps !== undefined && this.reps < reps) this.reps += 1;
    if ((reps === undefined || this.reps >= reps) && this.set < sets) {
      this.set += 1;
      this.reps = 0;
    }
    this.host.requestUpdate();
  }

  private clearDays(): void {
    this.store?.clear();
    this.days = [];
    this.host.requestUpdate();
  }

  /** An exercise's part of the printed sheet. */
  paper(id: ExerciseId, i: number, exercises: ExercisesText, ticks: string): TemplateResult {
    return paper(id, i, exercises, ticks);
  }

  /** The screen the session is on; nothing on the overview, which the element draws. */
  render(d: Drawn): unknown {
    this.format = d.format;
    this.names = d.exercises;
    const words: Words = { ...d, routine: this.locale.texts.routineSession };
    const again = () => this.show('overview');
    const item = this.plan[this.index];
    if (this.screen === 'exercise' && item) {
      return exerciseScreen(
        {
          item,
          index: this.index,
          total: this.plan.length,
          timer: this.timer,
          reps: this.reps,
          set: this.set,
          paused: this.paused,
          phase: this.motion.allowed ? this.motion.phase : undefined,
        },
        words,
        d.heading,
        d.minor,
        {
          back: () => this.back(),
          pause: () => this.togglePause(),
          next: () => this.next(),
          hurts: () => this.hurts(),
          hold: () => this.toggleHold(),
          count: () => this.count(),
        },
      );
    }
    if (this.screen === 'done') {
      const week = this.store ? { now: this.host.now(), days: this.days } : undefined;
      return doneScreen(words, d.heading, d.minor, week, {
        again,
        clear: () => this.clearDays(),
      });
    }
    return this.screen === 'stopped' ? stoppedScreen(words, d.heading, again) : undefined;
  }
}
