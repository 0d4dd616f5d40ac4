import { html, nothing, type PropertyValues } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { drawing } from '../shared/drawing.js';
import { themeStyles } from '../shared/theme.styles.js';
import { drawingStyles } from '../shared/drawing.styles.js';
import { common } from '../shared/en.js';
import { fill } from '../shared/texts.js';
import { warnOnce } from '../shared/warn.js';
import { localeLoaders } from '../locales/index.js';
import {
  beforeYouStartProvenance,
  exerciseFacts,
  exerciseIds,
  isExerciseId,
  stopIfItHurtsProvenance,
  type ExerciseId,
} from '../exercises/content.js';
import { doseText, readDose, type Dose } from '../exercises/dose.js';
import { exercises } from '../exercises/en.js';
import { exerciseIllustrations } from '../exercises/illustrations.js';
import { exerciseCard } from './en.js';
import { exerciseCardStyles } from './exercise-card.styles.js';

/**
 * One exercise a physical therapist recommends for postpartum back pain: what it helps,
 * what you need, numbered steps, an illustration, who recommends it, and when to stop.
 *
 * @tagname backcare-exercise-card
 * @summary A physical-therapist-recommended exercise for postpartum back pain.
 *
 * @slot note - A clinician's note for this reader, shown below the plan.
 * @slot actions - A call to action, such as a clinic's booking link, shown after the safety note.
 *
 * @csspart illustration - The figure holding the drawing of the position.
 * @csspart plan - The reader's plan (reps, sets, hold), when a dose is given.
 * @csspart steps - The numbered list of steps.
 * @csspart before-start - The "ask your doctor or midwife first" line before the steps.
 * @csspart safety-note - The "stop if it hurts" note.
 * @csspart message - The message shown instead of a card when `exercise` is unknown.
 */
export class BackcareExerciseCard extends BackcareElement {
  static override styles = [themeStyles, drawingStyles, exerciseCardStyles];

  static override properties = {
    ...BackcareElement.properties,
    exercise: {},
    compact: { type: Boolean, reflect: true },
    reps: {},
    sets: {},
    hold: {},
  };

  /** Which exercise to show: `cat-cow`, `childs-pose`, `bridge`, `pelvic-circles`, `scapular-retraction` or `doorway-pec-stretch`. */
  declare exercise: ExerciseId | null;

  /** A smaller card for sidebars and narrow columns. */
  declare compact: boolean;

  /** The clinician's number of repetitions (1–100), shown as the reader's plan. */
  declare reps: string | null;

  /** The clinician's number of sets (1–20), shown as the reader's plan. */
  declare sets: string | null;

  /** The clinician's hold time in seconds (1–300), shown as the reader's plan. */
  declare hold: string | null;

  protected readonly locale = new LocaleController(
    this,
    { common, exercises, exerciseCard },
    localeLoaders,
  );

  private dose: Dose = {};

  constructor() {
    super();
    this.exercise = null;
    this.compact = false;
    this.reps = null;
    this.sets = null;
    this.hold = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('reps') || changed.has('sets') || changed.has('hold')) {
      this.dose = readDose(this.localName, this);
    }
  }

  private get exerciseId(): ExerciseId | undefined {
    const id = (this.exercise ?? '').trim().toLowerCase();
    return isExerciseId(id) ? id : undefined;
  }

  protected renderContent(): unknown {
    const id = this.exerciseId;
    return id ? this.renderCard(id) : this.renderMessage();
  }

  private renderMessage(): unknown {
    const texts = this.locale.texts.exerciseCard;
    const validIds = exerciseIds.join(', ');
    const given = this.exercise?.trim() ?? '';
    const message = given
      ? fill(texts.unknownExercise, { given, ids: validIds })
      : fill(texts.missingExercise, { ids: validIds });
    warnOnce(
      `exercise:${given}`,
      `<${this.localName}>: exercise="${given}" is not a known exercise. Valid values: ${validIds}.`,
    );
    return html`<div class="card" part="card">
      <p class="notice" part="message" role="status">${message}</p>
    </div>`;
  }

  private renderCard(id: ExerciseId): unknown {
    const { common, exercises, exerciseCard: texts } = this.locale.texts;
    const exercise = exercises.byId[id];
    const facts = exerciseFacts[id];
    const plan = doseText(this.dose, exercises.dose, this.format);
    return html`<article class="card" part="card" aria-labelledby="heading">
      <div class="intro">
        ${this.heading(exercise.name)}
        <p class="helps"><strong>${texts.helpsLabel}:</strong> ${exercise.helps}</p>
        <p class="equipment">
          <strong>${texts.equipmentLabel}:</strong> ${exercises.equipment[facts.equipment]}
        </p>
      </div>
      <figure class="illustration" part="illustration">
        ${drawing(exerciseIllustrations[id], exercise.illustrationAlt, 'illustration-alt')}
      </figure>
      <div class="how">
        ${
          plan
            ? html`<p class="plan" part="plan"><strong>${texts.planLabel}:</strong> ${plan}</p>`
            : nothing
        }
        <slot name="note"></slot>
        <p class="notice before-start" part="before-start">${exercises.beforeYouStart}</p>
        ${this.subheading(texts.stepsLabel, 'steps-heading')}
        <ol class="steps" part="steps" aria-labelledby="steps-heading">
          ${exercise.steps.map((step) => html`<li>${step}</li>`)}
        </ol>
        <p class="search">${fill(texts.searchFor, { name: exercise.searchName })}</p>
        <p class="notice safety" part="safety-note">${common.stopIfItHurts}</p>
        <slot name="actions"></slot>
      </div>
      ${this.finePrint({
        credited: [facts.clinician],
        entries: [...facts.provenance, beforeYouStartProvenance, stopIfItHurtsProvenance],
      })}
    </article>`;
  }
}
