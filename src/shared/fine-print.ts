import { html, type TemplateResult } from 'lit';
import { clinicians, sourceArticle, type ClinicianId } from './sources.js';
import { fill, type CommonText } from './texts.js';
import type { Formatter } from './format.js';

/** "Brook Orvis, PT, DPT, …, Physical therapist, Duke Health" */
export function clinicianLine(common: CommonText, id: ClinicianId): string {
  const { name, credentials, institution } = clinicians[id];
  return `${name}, ${credentials}, ${common.clinicianTitles[id]}, ${institution}`;
}

/**
 * The credit, source, disclaimer and review date at the foot of every widget: who gave the
 * advice matters as much as the advice.
 */
export function finePrint(
  common: CommonText,
  format: Formatter,
  lastReviewed: string,
  credited: readonly ClinicianId[],
  creditLabel: string = common.recommendedBy,
): TemplateResult {
  return html`<footer class="fine-print" part="credit">
    <p>
      ${creditLabel}:
      ${credited.map(
        (id, i) =>
          html`${i > 0 ? '; ' : ''}<span class="clinician">${clinicianLine(common, id)}</span>`,
      )}.
    </p>
    <p>${common.sourceLabel}: <cite>${sourceArticle.title}</cite>.</p>
    <p>${common.disclaimer}</p>
    <p>${fill(common.lastReviewed, { date: format.date(lastReviewed) })}</p>
  </footer>`;
}
