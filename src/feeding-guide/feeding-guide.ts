import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { choiceAttribute } from '../shared/attributes.js';
import { emit } from '../shared/events.js';
import { drawing } from '../shared/drawing.js';
import { themeStyles } from '../shared/theme.styles.js';
import { drawingStyles } from '../shared/drawing.styles.js';
import {
  feedingGuideClinicians,
  feedingGuideProvenance,
  feedingPositions,
  feedingTypes,
  setupTipIds,
  type FeedingPosition,
  type FeedingType,
} from './content.js';
import { common } from '../shared/en.js';
import { localeLoaders } from '../locales/index.js';
import { feedingGuide } from './en.js';
import { forFeeding } from './texts.js';
import { holdIllustrations } from './illustrations.js';
import { feedingGuideStyles } from './feeding-guide.styles.js';

/** Detail of `backcare-position-change`. */
export interface PositionChangeDetail {
  readonly position: FeedingPosition;
}

/**
 * Feeding holds and set-ups that take pressure off the back, for nursing and bottle-feeding
 * parents alike: the football, cradle and side-lying holds as tabs, each with a drawing,
 * short steps and why it helps, then how to set up a supportive place to feed.
 *
 * @tagname backcare-feeding-guide
 * @summary Back-friendly feeding holds and set-ups, for breast- and bottle-feeding.
 *
 *
 * @csspart intro - The short paragraph under the title.
 * @csspart tablist - The row of hold tabs (hidden in print).
 * @csspart tab - Each hold's tab.
 * @csspart panel - Each hold's panel; every panel shows in print.
 * @csspart illustration - The figure holding a hold's drawing.
 * @csspart steps - A hold's list of steps.
 * @csspart setup - The section on setting up a place to feed.
 * @csspart safe-sleep - The safe-sleep notes beside the side-lying hold and the nursing pillow.
 *
 *
 * @fires {CustomEvent<PositionChangeDetail>} backcare-position-change - The reader picked another hold, by click or keyboard. `detail.position` is `football`, `cradle` or `side-lying`. Not fired on first render or when the `position` attribute changes.
 */
export class BackcareFeedingGuide extends BackcareElement {
  static override styles = [themeStyles, drawingStyles, feedingGuideStyles];

  static override properties = {
    ...BackcareElement.properties,
    position: {},
    feeding: {},
  };

  /**
   * The hold shown first: `football`, `cradle` or `side-lying`. Other values fall back to
   * `football` with a console warning. Changing it later shows that hold; the property
   * follows the reader's choice.
   */
  declare position: FeedingPosition | null;

  /**
   * How the reader feeds, so the wording fits: `breast`, `bottle` or `both`. Other values
   * fall back to `both` with a console warning.
   */
  declare feeding: FeedingType | null;

  protected readonly locale = new LocaleController(this, { common, feedingGuide }, localeLoaders);

  private current: FeedingPosition = 'football';
  private feedingType: FeedingType = 'both';

  constructor() {
    super();
    this.position = null;
    this.feeding = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = this.localName;
    if (changed.has('position')) {
      this.current = choiceAttribute(tag, 'position', this.position, feedingPositions, 'football');
    }
    if (changed.has('feeding')) {
      this.feedingType = choiceAttribute(tag, 'feeding', this.feeding, feedingTypes, 'both');
    }
  }

  /** Selects a hold the reader picked, moves focus to its tab and tells the host. */
  private pick(position: FeedingPosition): void {
    this.renderRoot.querySelector<HTMLElement>(`#tab-${position}`)?.focus();
    if (position === this.current) return;
    this.position = position;
    this.current = position;
    emit(this, 'backcare-position-change', { position });
  }

  private onKeydown(event: KeyboardEvent): void {
    const count = feedingPositions.length;
    const index = feedingPositions.indexOf(this.current);
    // Arrows follow the reading direction: in right-to-left text the next tab is on the left.
    const forward = getComputedStyle(this).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = forward === 'ArrowLeft' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward
        ? (index + 1) % count
        : event.key === backward
          ? (index + count - 1) % count
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? count - 1
              : -1;
    if (next < 0) return;
    event.preventDefault();
    this.pick(feedingPositions[next] as FeedingPosition);
  }

  protected renderContent(): unknown {
    const { feedingGuide: texts } = this.locale.texts;
    const feeding = this.feedingType;
    const current = this.current;
    // Without script the tabs could not switch: every hold is shown in turn, as on paper.
    // `rendered-static`: the static export's rendering for a page without script.
    const expanded = this.hasAttribute('rendered-static');
    return html`<article class="card" part="card" aria-labelledby="heading">
      ${this.heading(forFeeding(texts.heading, feeding))}
      <p class="intro" part="intro">${forFeeding(texts.intro, feeding)}</p>
      ${expanded ? nothing : this.tabs(current)}
      ${feedingPositions.map((id) =>
        expanded
          ? html`<div class="panel" part="panel">${this.hold(id)}</div>`
          : html`<div
              class="panel"
              part="panel"
              role="tabpanel"
              id="panel-${id}"
              aria-labelledby="tab-${id}"
              tabindex="0"
              ?hidden=${id !== current}
            >
              ${this.hold(id)}
            </div>`,
      )}
      <section class="setup" part="setup" aria-labelledby="setup-heading">
        ${this.subheading(texts.setupHeading, 'setup-heading')}
        <ul class="tips">
          ${setupTipIds.map((id) => {
            const tip = texts.setup[id];
            return html`<li>
              <strong>${tip.title}:</strong> ${forFeeding(tip.text, feeding)}
              ${
                id === 'pillow'
                  ? this.safeSleepNote(texts.safeSleepLabel, texts.safeSleep.pillow)
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </section>
      ${this.finePrint({ credited: feedingGuideClinicians, entries: feedingGuideProvenance })}
    </article>`;
  }

  /** The row of hold tabs: arrow keys, Home and End move between them. */
  private tabs(current: FeedingPosition): TemplateResult {
    const { feedingGuide: texts } = this.locale.texts;
    return html`<div
      class="tabs"
      part="tablist"
      role="tablist"
      aria-label=${texts.holdsLabel}
      @keydown=${this.onKeydown}
    >
      ${feedingPositions.map(
        (id) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${id}"
            part="tab"
            aria-selected=${id === current ? 'true' : 'false'}
            aria-controls="panel-${id}"
            tabindex=${id === current ? 0 : -1}
            @click=${() => this.pick(id)}
          >
            ${texts.holds[id].name}
          </button>`,
      )}
    </div>`;
  }

  /** One hold: its name (shown on paper and without script), drawing, why it helps, steps. */
  private hold(id: FeedingPosition): TemplateResult {
    const { feedingGuide: texts } = this.locale.texts;
    const feeding = this.feedingType;
    const hold = texts.holds[id];
    return html`<div class="panel-name">${this.subheading(hold.name)}</div>
      <div class="hold">
        <figure class="illustration" part="illustration">
          ${drawing(holdIllustrations[id], hold.illustrationAlt, `alt-${id}`)}
        </figure>
        <div class="how">
          <p><strong>${texts.whyLabel}:</strong> ${forFeeding(hold.why, feeding)}</p>
          <p class="label" id="steps-${id}">${texts.stepsLabel}</p>
          <ol class="steps" part="steps" aria-labelledby="steps-${id}">
            ${hold.steps.map((step) => html`<li>${forFeeding(step, feeding)}</li>`)}
          </ol>
          ${
            id === 'side-lying'
              ? this.safeSleepNote(texts.safeSleepLabel, texts.safeSleep.sideLying)
              : nothing
          }
        </div>
      </div>`;
  }

  /** A safe-sleep note: public-health guidance beside the advice that involves a bed or a pillow. */
  private safeSleepNote(label: string, text: string): TemplateResult {
    return html`<p class="notice safe-sleep" part="safe-sleep">
      <strong>${label}:</strong> ${text}
    </p>`;
  }
}
