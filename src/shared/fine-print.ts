import { html, nothing, type TemplateResult } from 'lit';
import type { Basis, Provenance, Source } from './provenance.js';
import type { Review } from './review.js';
import { clinicians, type ClinicianId } from './sources.js';
import { fill, type CommonText } from './texts.js';
import type { Formatter } from './format.js';

/** "Brook Orvis, PT, DPT, …, Physical therapist, Duke Health" */
export function clinicianLine(common: CommonText, id: ClinicianId): string {
  const { name, credentials, institution } = clinicians[id];
  return `${name}, ${credentials}, ${common.clinicianTitles[id]}, ${institution}`;
}

/** What the fine print says: who is credited, what the content rests on, its review. */
export interface FinePrint {
  readonly common: CommonText;
  readonly format: Formatter;
  /** The clinicians the source names for the widget's main advice; may be empty. */
  readonly credited: readonly ClinicianId[];
  readonly creditLabel?: string;
  /** The provenance of every entry the widget shows. */
  readonly entries: readonly Provenance[];
  readonly review: Review | undefined;
  /** Whether the widget shows a translation (then its own review status follows). */
  readonly translated: boolean;
}

const basisOrder: readonly Basis[] = ['article', 'public-health', 'editorial'];

function sourceCitation({ title, publisher, url }: Source): TemplateResult {
  const cite = html`<cite>${title}</cite>`;
  // On paper the address is written out, without the parts nobody needs to type.
  const address = (url ?? '').replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '');
  return html`${publisher ? `${publisher}, ` : ''}${
    url ? html`<a href=${url} data-address=${address}>${cite}</a>` : cite
  }`;
}

/**
 * The foot of every widget: who gave the advice (only where the source names them), every
 * source, in plain words what kind of source each part rests on, the disclaimer, and the
 * review status. It never claims a clinical review unless the embedder named one.
 */
export function finePrint(p: FinePrint): TemplateResult {
  const { common, format, credited, entries, review } = p;
  const bases = basisOrder.filter((basis) => entries.some((e) => e.basis === basis));
  const cited = [...new Set(entries.flatMap((e) => e.sources))];
  // The oldest check is the honest one: everything shown was checked at least then.
  const checked = entries.map((e) => e.checked).sort()[0];
  return html`<footer class="fine-print" part="credit">
    ${
      credited.length
        ? html`<p>
            ${p.creditLabel ?? common.recommendedBy}:
            ${credited.map(
              (id, i) =>
                html`${i > 0 ? '; ' : ''}<span class="clinician"
                    >${clinicianLine(common, id)}</span
                  >`,
            )}.
          </p>`
        : nothing
    }
    <p>
      ${common.sourcesLabel}:
      ${cited.map((id, i) => html`${i > 0 ? '; ' : ''}${sourceCitation(id)}`)}.
    </p>
    <p class="bases">${bases.map((basis) => common.bases[basis]).join(' ')}</p>
    <p>${common.disclaimer}</p>
    <p class="review">
      ${
        review
          ? fill(common.reviewed, { name: review.by, date: format.date(review.on) })
          : fill(common.notReviewed, { date: checked ? format.date(checked) : '' })
      }
      ${p.translated ? common.translationStatus : nothing}
    </p>
  </footer>`;
}
