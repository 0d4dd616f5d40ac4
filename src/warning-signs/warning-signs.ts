import { html, nothing, svg } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { themeStyles } from '../shared/theme.styles.js';
import { common } from '../shared/en.js';
import { localeLoaders } from '../locales/index.js';
import { backRedFlags, maternalSigns, warningSignsProvenance } from './content.js';
import { warningSigns } from './en.js';
import { warningSignsStyles } from './warning-signs.styles.js';

// A warning triangle: the card's urgency is shown by this shape and the word beside it, the
// heavy border and the heading, never by colour alone.
const triangle = svg`<path d="M10 2 19 18H1zM10 8v4M10 15v.5" />`;

/**
 * The signs that need medical care now, from public-health guidance: the urgent maternal
 * warning signs (CDC) and the back pain red flags (NHS), with what to do. Always visible
 * and printed in full, for a discharge page or beside the other widgets.
 *
 * @tagname backcare-warning-signs
 * @summary Warning signs after a birth that need medical care now, and what to do.
 *
 * @slot emergency - The hospital's own number or words, shown under "What to do" and in print.
 *
 * @csspart badge - The "Emergency" label with its warning triangle.
 * @csspart maternal - The list of urgent maternal warning signs.
 * @csspart back - The list of back pain red flags.
 * @csspart what-to-do - What to do now, with the `emergency` slot.
 */
export class BackcareWarningSigns extends BackcareElement {
  static override styles = [themeStyles, warningSignsStyles];

  protected readonly locale = new LocaleController(this, { common, warningSigns }, localeLoaders);

  /**
   * Whether the card shows its own fine print. A widget that shows the card inside itself
   * (the checklist) sets it to `false` and cites the card's sources in its own fine print,
   * so the disclaimer and the review status appear, and are checked, once.
   * @internal
   */
  ownFinePrint = true;

  protected renderContent(): unknown {
    const texts = this.locale.texts.warningSigns;
    return html`<section class="card" part="card" aria-labelledby="heading">
      <p class="badge" part="badge">
        <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false">${triangle}</svg
        >${texts.badge}
      </p>
      ${this.heading(texts.heading)}
      <p>${texts.intro}</p>
      <div class="lists">
        <div>
          ${this.subheading(texts.maternalHeading, 'maternal-heading')}
          <ul part="maternal" aria-labelledby="maternal-heading">
            ${maternalSigns.map((id) => html`<li>${texts.maternal[id]}</li>`)}
          </ul>
        </div>
        <div>
          ${this.subheading(texts.backHeading, 'back-heading')}
          <ul part="back" aria-labelledby="back-heading">
            ${backRedFlags.map((id) => html`<li>${texts.back[id]}</li>`)}
          </ul>
        </div>
        <div class="what-to-do" part="what-to-do">
          ${this.subheading(texts.whatToDoHeading, 'what-heading')}
          ${texts.whatToDo.map((line) => html`<p><strong>${line}</strong></p>`)}
          <slot name="emergency"></slot>
          <p>${texts.notComplete}</p>
        </div>
      </div>
      ${this.ownFinePrint ? this.finePrint({ credited: [], entries: warningSignsProvenance }) : nothing}
    </section>`;
  }
}
