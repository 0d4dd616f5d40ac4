import { html, nothing } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { themeStyles } from '../shared/theme.styles.js';
import { common } from '../shared/en.js';
import { fromArticle } from '../shared/provenance.js';
import { SlottedItems } from '../shared/slotted-items.js';
import { warnOnce } from '../shared/warn.js';
import { localeLoaders } from '../locales/index.js';
import {
  beforeYouStartProvenance,
  exerciseFacts,
  stopIfItHurtsProvenance,
  type ExerciseId,
} from '../exercises/content.js';
import { doseText } from '../exercises/dose.js';
import { exercises } from '../exercises/en.js';
import { defaultPlan, holdMinutes, planFromIds, planFromList, type PlanItem } from './plan.js';
import type { Session } from './session.js';
import { routine } from './en.js';
import { routineStyles } from './routine.styles.js';

/** Detail of `backcare-routine-start`. */
export interface RoutineStartDetail {
  /** The exercises of the session, in order. */
  readonly exercises: ExerciseId[];
}
/** Detail of `backcare-routine-step`. */
export interface RoutineStepDetail {
  /** Position of the exercise now shown, from 0. */
  readonly index: number;
  readonly exercise: ExerciseId;
}
/** Detail of `backcare-routine-complete`. */
export interface RoutineCompleteDetail {
  readonly exercises: ExerciseId[];
  /** Seconds from Start to Finish, pauses left out. */
  readonly seconds: number;
}
/** Detail of `backcare-routine-stop`. */
export interface RoutineStopDetail {
  /** `discomfort`: "Stop, this hurts"; `left`: Back from the first exercise, or the page was left. */
  readonly reason: 'discomfort' | 'left';
}

/**
 * A guided session through the day's exercises, one at a time: the overview (the plan, its
 * doses, how long the holds take when every exercise has one, and who should ask a doctor
 * first), then each exercise with its drawing, steps, a hold timer where the plan gives a
 * hold and a tap counter where it gives repetitions or sets, then "done for today".
 * "Stop, this hurts" ends the session with the article's advice: stop, and see a physical
 * therapist. Printed, it makes a home-exercise sheet with tick boxes for a week.
 *
 * **The plan.** `exercises="cat-cow bridge"`, or a clinician's list in the light DOM, which
 * is also what the page shows without JavaScript; without either, the article's six in its
 * order. Doses appear only where given; a value out of range is ignored with a warning.
 *
 * ```html
 * <backcare-routine remember>
 *   <ol slot="plan">
 *     <li data-exercise="bridge" data-reps="10" data-sets="2">Bridge: 10 times, 2 sets</li>
 *     <li data-exercise="childs-pose" data-hold="30">Child’s pose: hold 30 seconds</li>
 *   </ol>
 *   <a slot="actions" href="https://example.org/book">Book a visit</a>
 * </backcare-routine>
 * ```
 *
 * During cat-cow and the bridge the figure moves slowly between the two positions, and stops
 * while paused; a reader who asks for reduced motion sees both positions side by side.
 *
 * The overview is drawn first; the session screens, the timer and the printed sheet's
 * drawings load right after it, from `chunks/routine/session.js`.
 *
 * **Remembering.** With `remember`, the dates of finished routines, nothing else, are kept
 * in `localStorage` under `backcare:routine:` plus `storage-key` (default: the page's path);
 * the end screen then shows the last seven days and a "clear" button. Days finished in
 * other tabs show up at once. Without `remember`, storage is never touched.
 *
 * @tagname backcare-routine
 * @summary A guided routine through the physical therapists' exercises, one at a time, with a hold timer.
 *
 * @slot plan - An `ol` of `li data-exercise="ID"` with optional `data-reps` (1–100), `data-sets` (1–20) and `data-hold` (seconds, 1–300); shown as is before the script loads.
 * @slot note - A clinician's note, shown with the plan, at the end and on paper.
 * @slot actions - A call to action, such as a clinic's booking link, shown at the end, after "Stop, this hurts", and on paper.
 *
 * @csspart plan - The list of the day's exercises.
 * @csspart before-start - The "ask your doctor or midwife first" line.
 * @csspart illustration - The drawing of the exercise under way.
 * @csspart safety-note - The "stop if it hurts" note.
 * @csspart message - The note shown when none of the plan's exercises is known.
 *
 * @fires {CustomEvent<RoutineStartDetail>} backcare-routine-start - The reader pressed Start. `detail`: `{ exercises: string[] }`.
 * @fires {CustomEvent<RoutineStepDetail>} backcare-routine-step - An exercise is shown, at Start, Next or Back. `detail`: `{ index: number, exercise: string }`.
 * @fires {CustomEvent<RoutineCompleteDetail>} backcare-routine-complete - The reader finished the last exercise. `detail`: `{ exercises: string[], seconds: number }`.
 * @fires {CustomEvent<RoutineStopDetail>} backcare-routine-stop - The session ended early. `detail`: `{ reason: 'discomfort' | 'left' }`.
 */
export class BackcareRoutine extends BackcareElement {
  static override styles = [themeStyles, routineStyles];

  static override properties = {
    ...BackcareElement.properties,
    exercises: {},
    remember: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    now: { attribute: false },
    session: { state: true, attribute: false },
    tone: { state: true, attribute: false },
    voice: { state: true, attribute: false },
  };

  /** Space-separated exercise ids, in order: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction`, `doorway-pec-stretch`. */
  declare exercises: string | null;

  /** Keep the dates of finished routines on this device (opt-in). */
  declare remember: boolean;

  /** Names the saved days, so two routines on one site keep theirs apart. Defaults to the page's path. */
  declare storageKey: string | null;

  /** The clock, in milliseconds since 1970. A property, not an attribute: replace it to fix the time in tests or previews. */
  declare now: () => number;

  /** @internal The session screens, once loaded. */
  declare private session: Session | undefined;
  declare private tone: boolean;
  declare private voice: boolean;

  protected readonly locale = new LocaleController(
    this,
    { common, exercises, routine },
    localeLoaders,
  );

  /** @internal */
  private loading?: Promise<Session | undefined>;
  /**
   * The clinician's list, read before each drawing after it changes (a framework may write
   * it after the element is on the page); one plan, or none without a list.
   * @internal
   */
  private readonly listed = new SlottedItems<PlanItem[]>(
    this,
    ['data-exercise', 'data-reps', 'data-sets', 'data-hold'],
    () => {
      const list = this.querySelector(':scope > [slot="plan"]');
      return list ? [planFromList(this.localName, [...list.children])] : [];
    },
    ':scope > [slot="plan"]',
  );

  constructor() {
    super();
    this.exercises = null;
    this.remember = false;
    this.storageKey = null;
    this.now = () => Date.now();
    this.session = undefined;
    this.tone = false;
    this.voice = false;
  }

  /** The session screens, loaded once; the overview works without them. */
  private load(): Promise<Session | undefined> {
    this.loading ??= import('./session.js').then(
      ({ Session }) => (this.session = new Session(this)),
      (error: unknown) => {
        warnOnce('routine-session', `<${this.localName}>: could not load the session.`, error);
        return undefined;
      },
    );
    return this.loading;
  }

  protected override firstUpdated(): void {
    void this.load();
  }

  // `updateComplete` also waits for the session and its drawing, so a host (or a test) that
  // awaits it sees the whole element, printed sheet included.
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    await this.loading;
    return super.getUpdateComplete();
  }

  /** The day's exercises: the clinician's list, else `exercises`, else the article's six. */
  private get plan(): readonly PlanItem[] {
    const [listed] = this.listed.items;
    if (listed) return listed;
    if (this.exercises?.trim()) return planFromIds(this.localName, this.exercises);
    return defaultPlan;
  }

  private async start(): Promise<void> {
    const plan = this.plan;
    (await this.load())?.start(plan, { tone: this.tone, voice: this.voice });
  }

  protected renderContent(): unknown {
    const { common, exercises, routine: t } = this.locale.texts;
    const plan = this.plan;
    const minutes = holdMinutes(plan);
    const session = this.session;
    const toggle = (name: 'tone' | 'voice', label: string) =>
      html`<button
        type="button"
        aria-pressed=${this[name]}
        @click=${() => (this[name] = !this[name])}
      >
        ${label}
      </button>`;
    return html`<article
      class="card at-${session?.screen ?? 'overview'}"
      part="card"
      aria-labelledby="heading"
    >
      ${this.heading(t.heading)}
      <div class="sheet">
        <p>${t.intro}</p>
        ${this.subheading(t.planLabel, 'plan-heading')}
        ${
          plan.length
            ? html`<ol class="plan" part="plan" aria-labelledby="plan-heading">
                ${plan.map(({ id, dose }, i) => {
                  const amount = doseText(dose, exercises.dose, this.format);
                  return html`<li>
                    <span class="name">${exercises.byId[id].name}</span
                    >${amount ? html` <span class="dose">${amount}</span>` : nothing}
                    ${session?.paper(id, i, exercises, t.ticksLabel)}
                  </li>`;
                })}
              </ol>`
            : html`<p class="notice" part="message" role="status">${t.noneKnown}</p>`
        }
        ${minutes ? html`<p>${this.format.plural(minutes, t.duration)}</p>` : nothing}
        <p class="notice" part="before-start">${exercises.beforeYouStart}</p>
        ${
          // Without script the session cannot run: no buttons that would do nothing.
          plan.length && !this.hasAttribute('rendered-static')
            ? html`<div class="cues" role="group" aria-label=${t.cuesLabel}>
                  ${toggle('tone', t.tone)} ${toggle('voice', t.speak)}
                </div>
                <button type="button" class="big start" @click=${this.start}>${t.start}</button>`
            : nothing
        }
      </div>
      ${session?.render({
        common,
        exercises,
        format: this.format,
        heading: (text, id) => this.subheading(text, id),
        minor: (text, id) => this.headingBelow(2, text, id, 'minor'),
      })}
      <div class="note"><slot name="note"></slot></div>
      <div class="actions"><slot name="actions"></slot></div>
      <p class="visually-hidden" role="status" aria-live="polite">${session?.said}</p>
      ${this.finePrint({
        credited: [...new Set(plan.map(({ id }) => exerciseFacts[id].clinician))],
        entries: [
          ...plan.flatMap(({ id }) => exerciseFacts[id].provenance),
          beforeYouStartProvenance,
          stopIfItHurtsProvenance,
          fromArticle(),
        ],
      })}
    </article>`;
  }
}
