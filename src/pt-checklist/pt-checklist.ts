import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../warning-signs/define.js';
import { Announcer } from '../shared/announcer.js';
import { BackcareElement, themes } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { wholeNumberAttribute } from '../shared/attributes.js';
import { weeksSince } from '../shared/dates.js';
import { emit } from '../shared/events.js';
import { SlottedItems } from '../shared/slotted-items.js';
import { StoredState } from '../shared/stored-state.js';
import { themeStyles } from '../shared/theme.styles.js';
import { ptChecklistFacts, type UrgencyLevel } from './content.js';
import { common } from '../shared/en.js';
import { localeLoaders } from '../locales/index.js';
import { ptChecklist } from './en.js';
import type { BirthDateProblem, CheckupTiming } from './texts.js';
import { ptChecklistStyles } from './pt-checklist.styles.js';
import { ptChecklistPrintStyles } from './pt-checklist.print.styles.js';
import { birthDateField, birthNote, fillFields, timingOf } from './birth-date.js';
import { resultPanel } from './result.js';
import { itemBoxes, outcomeOf, readItems, validSaved, type Outcome } from './items.js';

/** Detail of `backcare-checklist-change`. */
export interface PtChecklistChangeDetail {
  /** Ids of the ticked items, in the order shown. */
  readonly checked: string[];
  /** The most urgent level among the ticked items. */
  readonly level: UrgencyLevel;
}

/**
 * "When to see a physical therapist": the reader ticks what applies and gets a clear next
 * step, with its urgency shown in words, an icon and the panel's border, not by colour alone.
 * The warning signs that need medical care now (`<backcare-warning-signs>`) are always shown
 * with the list (below it on screen, beside it on paper), and ticking "you have a warning
 * sign" gives the `emergency` level. With nothing ticked,
 * the checklist never says all is well: it points to the warning signs. Printed, it makes a
 * one-page handout (A4 or US Letter) with every item and its box, the next step, the warning
 * signs, the clinic's contact and the disclaimer.
 *
 * **Weeks since the birth.** A hospital can set `weeks-postpartum`; the reader can also enter
 * the birth date. When both are there, the reader's date wins. A date that cannot be used
 * (in the future, unreadable, or more than two years ago) gets a visible message and is
 * ignored, so `weeks-postpartum` applies again. The date is never stored unless `remember`
 * is set.
 *
 * **Your own items.** Put a list in the `items` slot; each `li` becomes a checkbox after the
 * built-in ones and counts toward the result. `data-id` names it in events and storage
 * (letters, digits, `-` or `_`; missing or duplicate ids get `custom-N` with a warning).
 * `data-level` is `routine`, `soon`, `now` (today) or `emergency`; absent means `soon`, and
 * an unknown value also means `soon`, with a warning. Your items get a next step worded for
 * their level that sends the reader to their care team (emergency: "get medical care now; if
 * you cannot reach your care team, go to the emergency room or call 911"); the physical
 * therapist's wording belongs to the built-in items only. Only the item's text is used,
 * never its markup. Items added or changed later are picked up. Before the script loads,
 * the list shows as is.
 *
 * ```html
 * <backcare-pt-checklist remember>
 *   <ul slot="items">
 *     <li data-id="fever" data-level="emergency">Fever above 38 °C with back pain</li>
 *   </ul>
 *   <p slot="contact">Call the clinic: <a href="tel:+15550100">555-0100</a></p>
 *   <p slot="emergency">Day or night, call the maternity unit: <a href="tel:+15550199">555-0199</a></p>
 * </backcare-pt-checklist>
 * ```
 *
 * **Remembering.** With `remember`, the ticked item ids and the birth date, nothing else,
 * are kept in `localStorage` under `backcare:pt-checklist:` plus `storage-key` (default: the
 * page's path), and a "Clear my answers" button appears. Where storage is blocked or full,
 * answers are kept in memory for the visit. Without `remember`, storage is never touched.
 *
 * @tagname backcare-pt-checklist
 * @summary When to see a physical therapist: a checklist with a clear next step that prints as a handout.
 *
 * @slot contact - The clinic's phone number or booking link, shown with the next step and in print.
 * @slot emergency - The hospital's own number or words for an emergency: shown with the next step at the `emergency` level, else in the warning signs' "What to do", and in print.
 * @slot items - A list whose `li` elements are added as items (see above); never shown itself.
 *
 * @csspart items - The group of checkboxes.
 * @csspart birth-date - The birth date field, its messages and the weeks since the birth.
 * @csspart result - The next-step panel; it also carries the class of its level.
 * @csspart badge - The urgency label with its icon.
 * @csspart warning-signs - The warning signs card, a `<backcare-warning-signs>`.
 *
 * @fires {CustomEvent<PtChecklistChangeDetail>} backcare-checklist-change - The reader ticked or unticked an item, or cleared their answers. `detail`: `{ checked: string[], level: 'none' | 'routine' | 'soon' | 'now' | 'emergency' }`.
 */
export class BackcarePtChecklist extends BackcareElement {
  static override styles = [themeStyles, ptChecklistStyles, ptChecklistPrintStyles];

  static override properties = {
    ...BackcareElement.properties,
    weeksPostpartum: { attribute: 'weeks-postpartum' },
    remember: { type: Boolean },
    storageKey: { attribute: 'storage-key' },
    now: { attribute: false },
    ticked: { state: true, attribute: false },
    birthDate: { state: true, attribute: false },
    unreadable: { state: true, attribute: false },
  };

  /** Whole weeks since the birth (0–104), from the care team. A date the reader enters wins. */
  declare weeksPostpartum: string | null;

  /** Keep the reader's ticks and birth date on this device (opt-in). */
  declare remember: boolean;

  /** Names the saved answers, so two checklists on one page or site keep theirs apart. Defaults to the page's path. */
  declare storageKey: string | null;

  /** Today's date. A property, not an attribute: replace it to fix "today" in tests or previews. */
  declare now: () => Date;

  declare private ticked: ReadonlySet<string>;
  declare private birthDate: string;
  declare private unreadable: boolean;

  protected readonly locale = new LocaleController(this, { common, ptChecklist }, localeLoaders);

  private weeksGiven?: number;
  private readonly announcer = new Announcer(this);
  private readonly custom = new SlottedItems(this, ['data-id', 'data-level'], (lis) =>
    readItems(this.localName, lis),
  );
  private readonly saved = new StoredState(this, 'pt-checklist', validSaved, (saved) => {
    this.ticked = new Set(saved.checked);
    this.birthDate = saved.birthDate;
  });

  constructor() {
    super();
    this.weeksPostpartum = null;
    this.remember = false;
    this.storageKey = null;
    this.now = () => new Date();
    this.ticked = new Set();
    this.birthDate = '';
    this.unreadable = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('weeksPostpartum')) {
      this.weeksGiven = wholeNumberAttribute(
        this.localName,
        'weeks-postpartum',
        this.weeksPostpartum,
        0,
        ptChecklistFacts.maxWeeks,
      );
    }
  }

  protected override updated(): void {
    fillFields(this.renderRoot, this.ticked, this.birthDate, this.now());
  }

  /** The items, the most urgent ticked level and the next steps, for each render or change. */
  private get outcome(): Outcome {
    return outcomeOf(this.locale.texts.ptChecklist, this.timing, this.custom.items, this.ticked);
  }

  /** The reader's birth date, checked against today: weeks since, or why it cannot be used. */
  private get birth(): { weeks?: number; problem?: BirthDateProblem } {
    return this.unreadable
      ? { problem: 'unreadable' }
      : weeksSince(this.birthDate, this.now(), ptChecklistFacts.maxYears);
  }

  private get weeks(): number | undefined {
    return this.birth.weeks ?? this.weeksGiven;
  }

  private get timing(): CheckupTiming {
    return timingOf(this.weeks);
  }

  /** Saves, tells the host page (for ticks) and, once the reader pauses, screen readers. */
  private changed(ticks: boolean): void {
    this.saved.write({ checked: [...this.ticked], birthDate: this.birthDate });
    if (ticks) {
      const { items, level } = this.outcome;
      emit(this, 'backcare-checklist-change', {
        checked: items.filter((item) => this.ticked.has(item.id)).map((item) => item.id),
        level,
      });
    }
    this.announcer.announce(() => {
      const { level, steps } = this.outcome;
      return this.locale.texts.ptChecklist.urgencyPrefix[level] + steps.join(' ');
    });
  }

  private onTick(event: Event): void {
    const box = event.target as HTMLInputElement;
    const ticked = new Set(this.ticked);
    if (box.checked) ticked.add(box.value);
    else ticked.delete(box.value);
    this.ticked = ticked;
    this.changed(true);
  }

  private onDate(event: Event): void {
    const input = event.target as HTMLInputElement;
    // While the reader is still typing, a half-entered date is not an error yet.
    const unreadable = !input.value && input.validity.badInput && event.type !== 'input';
    if (input.value === this.birthDate && unreadable === this.unreadable) return;
    this.birthDate = input.value;
    this.unreadable = unreadable;
    this.changed(false);
  }

  private clearDate(): void {
    this.birthDate = '';
    this.unreadable = false;
    this.changed(false);
  }

  private clearAll(): void {
    this.ticked = new Set();
    this.clearDate();
    this.saved.clear();
    emit(this, 'backcare-checklist-change', { checked: [], level: 'none' });
  }

  protected renderContent(): unknown {
    const { ptChecklist: texts } = this.locale.texts;
    const { items, level, steps } = this.outcome;
    // At the emergency level the hospital's emergency words move up beside the next step.
    const emergency = level === 'emergency';
    const birth = this.birth;
    // Without script nothing can tick a box or work out a result: every item keeps its advice.
    // `rendered-static`: the static export's rendering for a page without script.
    const expanded = this.hasAttribute('rendered-static');
    return html`<article class="card" part="card" aria-labelledby="heading">
      ${this.heading(texts.heading)}
      <p>${expanded ? texts.introWithoutScript : texts.intro}</p>
      <div class="layout">
        <div>
          <fieldset part="items">
            <legend>${texts.itemsLabel}</legend>
            <ul role="list">
              ${itemBoxes(items, expanded ? undefined : this.onTick)}
            </ul>
          </fieldset>
          ${
            expanded
              ? nothing
              : birthDateField({
                  texts,
                  value: this.birthDate,
                  onPaper: birth.weeks === undefined ? undefined : this.format.date(this.birthDate),
                  problem: birth.problem,
                  clearable: Boolean(this.birthDate || this.unreadable),
                  note: birthNote(texts, this.format, birth.problem, this.weeks),
                  onDate: this.onDate,
                  onClear: this.clearDate,
                })
          }
        </div>
        ${
          expanded
            ? html`<slot name="contact"></slot>`
            : resultPanel(
                texts,
                level,
                steps,
                this.subheading(
                  html`<span class="visually-hidden">${texts.urgencyPrefix[level]}</span
                    >${texts.resultHeading}`,
                  'result-heading',
                ),
              )
        }
        <backcare-warning-signs
          part="warning-signs"
          .headingLevel=${String(Math.min(this.level + 1, 6))}
          theme=${ifDefined(themes.find((theme) => theme === this.theme))}
          .ownFinePrint=${false}
          >${emergency ? nothing : html`<slot name="emergency" slot="emergency"></slot>`}</backcare-warning-signs
        >
      </div>
      ${
        this.remember && !expanded
          ? html`<p class="remember">
              ${texts.rememberNote}
              <button type="button" @click=${this.clearAll}>${texts.clearAnswers}</button>
            </p>`
          : nothing
      }
      <p class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</p>
      ${this.finePrint({
        credited: ptChecklistFacts.clinicians,
        entries: ptChecklistFacts.provenance,
      })}
    </article>`;
  }
}
