import { html, nothing, type TemplateResult } from 'lit';
import { dayRange } from '../shared/dates.js';
import type { Formatter } from '../shared/format.js';
import { fill } from '../shared/texts.js';
import { ptChecklistFacts } from './content.js';
import type { BirthDateProblem, CheckupTiming, PtChecklistText } from './texts.js';

/** How the advice is worded for the weeks since the birth, when they are known. */
export function timingOf(weeks: number | undefined): CheckupTiming {
  if (weeks === undefined) return 'unknown';
  return weeks < ptChecklistFacts.checkupWeek ? 'before' : 'after';
}

/** The note under the birth date field: why the date cannot be used, or the weeks since. */
export function birthNote(
  texts: PtChecklistText,
  format: Formatter,
  problem: BirthDateProblem | undefined,
  weeks: number | undefined,
): string {
  if (problem) return texts.birthDateProblems[problem];
  if (weeks === undefined) return '';
  return weeks === 0 ? texts.birthThisWeek : format.plural(weeks, texts.weeksSince);
}

export interface BirthDateField {
  readonly texts: PtChecklistText;
  /** The date as entered (`YYYY-MM-DD`), or "". */
  readonly value: string;
  /** The usable date, formatted for paper; absent leaves a line to write one on. */
  readonly onPaper: string | undefined;
  readonly problem: BirthDateProblem | undefined;
  /** Whether there is anything to clear. */
  readonly clearable: boolean;
  readonly note: string;
  readonly onDate: (event: Event) => void;
  readonly onClear: () => void;
}

/**
 * The optional birth date: a labelled date field with its hint, a clear button, the weeks
 * since the birth or why the date cannot be used, and on paper a line to write it on. The
 * field's value and the dates it accepts are left to the element, which sets them after each
 * render.
 */
export function birthDateField(f: BirthDateField): TemplateResult {
  const { texts } = f;
  return html`<div class="birth" part="birth-date">
    <label for="birth">${texts.birthDateLabel}</label>
    <p class="hint" id="birth-hint">${texts.birthDateHint}</p>
    <div class="row">
      <input
        id="birth"
        type="date"
        aria-describedby="birth-hint birth-note"
        aria-invalid=${f.problem ? 'true' : 'false'}
        @input=${f.onDate}
        @change=${f.onDate}
        @blur=${f.onDate}
      />
      ${
        f.clearable
          ? html`<button type="button" @click=${f.onClear}>${texts.clearDate}</button>`
          : nothing
      }
    </div>
    <p class="print-only">
      ${fill(texts.birthDateOnPaper, { date: f.onPaper ?? '______________' })}
    </p>
    <p id="birth-note" class=${f.problem ? 'notice' : 'weeks'}>${f.note}</p>
  </div>`;
}

/**
 * Puts the ticks and the date into the fields after each render, as `live()` would: a date
 * the reader is half-way through typing (its value is still "") is not wiped. The dates the
 * field accepts (the last two years up to `today`) are set here too, not in the template: a
 * page a server rendered on another day then still gets today's.
 */
export function fillFields(
  root: ParentNode,
  ticked: ReadonlySet<string>,
  birthDate: string,
  today: Date,
): void {
  const { min, max } = dayRange(today, ptChecklistFacts.maxYears);
  root.querySelectorAll('input').forEach((input) => {
    if (input.type === 'checkbox') input.checked = ticked.has(input.value);
    else {
      // Each of these writes an attribute, which the browser re-checks the field's styles
      // for: after the first render they are nearly always unchanged, so only a change is
      // written.
      if (input.min !== min) input.min = min;
      if (input.max !== max) input.max = max;
      if (input.value !== birthDate) input.value = birthDate;
    }
  });
}
