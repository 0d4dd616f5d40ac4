import { html, nothing, type TemplateResult } from 'lit';
import type { UrgencyLevel } from './content.js';
import { levelIcons } from './illustrations.js';
import type { PtChecklistText } from './texts.js';

/**
 * The next-step panel: `heading` (which carries the urgency for screen readers), the badge
 * with its icon and word, each step, and the clinic's contact. At the emergency level the
 * hospital's own emergency words come up here, beside the step.
 */
export function resultPanel(
  texts: PtChecklistText,
  level: UrgencyLevel,
  steps: readonly string[],
  heading: TemplateResult,
): TemplateResult {
  return html`<section class="result ${level}" part="result" aria-labelledby="result-heading">
    ${heading}
    <p class="badge" part="badge" aria-hidden="true">
      <svg viewBox="0 0 20 20"><path d=${levelIcons[level]} /></svg>${texts.levels[level]}
    </p>
    ${steps.map((step) => html`<p>${step}</p>`)}
    ${level === 'emergency' ? html`<slot name="emergency"></slot>` : nothing}
    <slot name="contact"></slot>
  </section>`;
}
