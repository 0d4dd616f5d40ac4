import { html, nothing, type TemplateResult } from 'lit';
import { unsafeSVG } from 'lit/directives/unsafe-svg.js';
import { drawing, image } from '../shared/drawing.js';
import type { Formatter } from '../shared/format.js';
import type { CommonText } from '../shared/texts.js';
import { fill } from '../shared/texts.js';
import { doseText } from '../exercises/dose.js';
import { exerciseIllustrations } from '../exercises/illustrations.js';
import { exerciseMotions } from '../exercises/motions.js';
import { svgText } from '../shared/figure/draw.js';
import type { ExercisesText, ExerciseText } from '../exercises/texts.js';
import { lastWeek } from './history.js';
import type { PlanItem } from './plan.js';
import type { ExerciseId } from '../exercises/content.js';
import type { HoldTimer } from './timer.js';
import type { RoutineSessionText } from './texts.js';

/** What the screens are drawn from. */
export interface Words {
  readonly common: CommonText;
  readonly exercises: ExercisesText;
  readonly routine: RoutineSessionText;
  readonly format: Formatter;
}

/** Headings below the element's own, at the right level. */
export type Heading = (text: string, id?: string) => TemplateResult;

/** The element's words and headings, handed over at each drawing. */
export interface Drawn {
  readonly common: CommonText;
  readonly exercises: ExercisesText;
  readonly format: Formatter;
  readonly heading: Heading;
  readonly minor: Heading;
}

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

/** An exercise on the printed sheet: its drawing, its steps, and a box for each day of a week. */
export function paper(id: ExerciseId, i: number, exercises: ExercisesText, ticks: string) {
  const exercise = exercises.byId[id];
  return html`<div class="paper">
    <figure class="illustration">
      ${drawing(exerciseIllustrations[id], exercise.illustrationAlt, `p${i}`)}
    </figure>
    <ol class="steps">
      ${exercise.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <p class="ticks">
      ${ticks} ${[1, 2, 3, 4, 5, 6, 7].map(() => html`<span class="box"></span>`)}
    </p>
  </div>`;
}

/** What the exercise screen needs besides the words. */
export interface Exercise {
  readonly item: PlanItem;
  readonly index: number;
  readonly total: number;
  readonly timer: HoldTimer | undefined;
  readonly reps: number;
  readonly set: number;
  readonly paused: boolean;
  /** Where a moving figure is in its movement; undefined for a reader who asked for less motion. */
  readonly phase: number | undefined;
}

/** Buttons by what they do. */
export type Actions = Readonly<
  Record<'back' | 'pause' | 'next' | 'hurts' | 'hold' | 'count', () => void>
>;

function holdLabel(timer: HoldTimer, t: RoutineSessionText): string {
  return {
    ready: t.holdStart,
    running: t.holdPause,
    paused: t.holdResume,
    done: t.holdAgain,
  }[timer.state];
}

/** The exercise's figure: moving between its two positions where it has them and the reader
 * has not asked for less motion; otherwise its still drawing. A moving figure's markup (our
 * own numbers, see figure/draw.ts) is new at every frame, so it is not kept as a template. */
function figureNow({ item, phase }: Exercise, exercise: ExerciseText) {
  const move = exerciseMotions[item.id];
  return move && phase !== undefined
    ? image(
        unsafeSVG(svgText(move(phase))),
        exercise.motionAlt ?? exercise.illustrationAlt,
        'now-alt',
      )
    : drawing(exerciseIllustrations[item.id], exercise.illustrationAlt, 'now-alt');
}

/** One exercise: its name, drawing, plan, hold timer, counter, steps, and the way on. */
export function exerciseScreen(
  s: Exercise,
  w: Words,
  heading: Heading,
  minor: Heading,
  on: Actions,
): TemplateResult {
  const t = w.routine;
  const { id, dose } = s.item;
  const exercise = w.exercises.byId[id];
  const amount = doseText(dose, w.exercises.dose, w.format);
  const { reps, sets } = dose;
  const complete = (reps === undefined || s.reps >= reps) && s.set >= (sets ?? 1);
  const last = s.index === s.total - 1;
  return html`<section class="screen exercise">
    <p class="progress">${fill(t.progress, { n: String(s.index + 1), total: String(s.total) })}</p>
    ${heading(exercise.name, 'now')}
    <figure class="illustration now" part="illustration">${figureNow(s, exercise)}</figure>
    ${amount ? html`<p class="dose-now"><strong>${t.doseLabel}:</strong> ${amount}</p>` : nothing}
    ${
      s.timer
        ? html`<div class="tool">
            <p class="clock" role="timer" aria-label=${t.timeLeft}>${clock(s.timer.secondsLeft)}</p>
            <button type="button" class="big" ?disabled=${s.paused} @click=${on.hold}>
              ${holdLabel(s.timer, t)}
            </button>
          </div>`
        : nothing
    }
    ${
      reps !== undefined || sets !== undefined
        ? html`<div class="tool">
            <p class="count">
              ${reps !== undefined ? html`<span>${fill(t.repsCounted, { n: String(s.reps), total: String(reps) })}</span>` : nothing}
              ${sets !== undefined ? html`<span>${fill(t.setOf, { n: String(s.set), total: String(sets) })}</span>` : nothing}
            </p>
            <button type="button" class="big" ?disabled=${complete || s.paused} @click=${on.count}>
              ${t.countRep}
            </button>
          </div>`
        : nothing
    }
    ${minor(t.stepsLabel, 'steps-now')}
    <ol class="steps" aria-labelledby="steps-now">
      ${exercise.steps.map((step) => html`<li>${step}</li>`)}
    </ol>
    <p class="notice safety" part="safety-note">${w.common.stopIfItHurts}</p>
    ${s.paused ? html`<p class="notice paused">${t.paused}</p>` : nothing}
    <div class="nav">
      <button type="button" @click=${on.back}>${t.back}</button>
      <button type="button" aria-pressed=${s.paused} @click=${on.pause}>
        ${s.paused ? t.resume : t.pause}
      </button>
      <button type="button" class="big" @click=${on.next}>${last ? t.finish : t.next}</button>
    </div>
    <button type="button" class="hurts" @click=${on.hurts}>${t.hurts}</button>
  </section>`;
}

/** The end of a session: done for today (with the last seven days, when remembering). */
export function doneScreen(
  w: Words,
  heading: Heading,
  minor: Heading,
  week: { readonly now: number; readonly days: readonly string[] } | undefined,
  on: { readonly again: () => void; readonly clear: () => void },
): TemplateResult {
  const t = w.routine;
  return html`<section class="screen">
    ${heading(t.doneHeading, 'now')}
    <p>${t.doneText}</p>
    ${
      week
        ? html`${minor(t.weekHeading, 'week-heading')}
            <ol class="week" aria-labelledby="week-heading">
              ${lastWeek(week.now, week.days).map(
                ({ weekday, done }) =>
                  html`<li class=${done ? 'done' : ''}>
                    ${t.days[weekday]}${
                      done
                        ? html`<span class="mark" aria-hidden="true">✓</span
                            ><span class="visually-hidden">${t.dayDone}</span>`
                        : nothing
                    }
                  </li>`,
              )}
            </ol>
            <p class="remember">
              ${t.rememberNote}
              <button type="button" @click=${on.clear}>${t.clear}</button>
            </p>`
        : nothing
    }
    <button type="button" @click=${on.again}>${t.again}</button>
  </section>`;
}

/** After "Stop, this hurts": stop, and see a physical therapist. */
export function stoppedScreen(w: Words, heading: Heading, again: () => void): TemplateResult {
  const t = w.routine;
  return html`<section class="screen">
    ${heading(t.stoppedHeading, 'now')}
    <p class="notice" part="safety-note">${t.stoppedText}</p>
    <button type="button" @click=${again}>${t.again}</button>
  </section>`;
}
