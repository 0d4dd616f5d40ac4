import { html } from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { drawing } from '../shared/drawing.js';
import { themeStyles } from '../shared/theme.styles.js';
import { drawingStyles } from '../shared/drawing.styles.js';
import { painCauses, whyItHurtsFacts } from './content.js';
import { common } from '../shared/en.js';
import { localeLoaders } from '../locales/index.js';
import { whyItHurts } from './en.js';
import { parentAndBaby } from './illustrations.js';
import { whyItHurtsStyles } from './why-it-hurts.styles.js';

/**
 * A one-minute explainer of why a new parent's back hurts: relaxin loosening joints and
 * ligaments, stomach muscles weakened by the bump, carrying and bending, and hunching to
 * feed. It ends with hope: this is common, and strengthening, stretching and small changes
 * in how you hold, carry and lift usually ease it.
 *
 * @tagname backcare-why-it-hurts
 * @summary Why postpartum back pain happens, and why it usually gets better.
 *
 * @slot links - Links to what to do next, such as exercise cards or a clinic's booking page. Shown in a labelled "Where to start" area, only when something is slotted.
 *
 * @csspart illustration - The small drawing of a parent holding a baby.
 * @csspart causes - The list of reasons.
 * @csspart hope - The closing "good news" section.
 * @csspart links - The area holding the `links` slot.
 */
export class BackcareWhyItHurts extends BackcareElement {
  static override styles = [themeStyles, drawingStyles, whyItHurtsStyles];

  static override properties = {
    ...BackcareElement.properties,
    hasLinks: { state: true, attribute: false },
  };

  /** Whether the host has put anything in the `links` slot. */
  declare protected hasLinks: boolean;

  protected readonly locale = new LocaleController(this, { common, whyItHurts }, localeLoaders);

  constructor() {
    super();
    this.hasLinks = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so the area does not appear a frame late.
    this.hasLinks = this.querySelector(':scope > [slot="links"]') !== null;
  }

  private onLinksChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    this.hasLinks = slot.assignedElements({ flatten: true }).length > 0;
  }

  protected renderContent(): unknown {
    const { whyItHurts: texts } = this.locale.texts;
    return html`<article class="card" part="card" aria-labelledby="heading">
      <div class="top">
        ${this.heading(texts.heading)}
        ${drawing(parentAndBaby, texts.illustrationAlt, 'illustration-alt', {
          viewBox: '0 0 120 120',
          className: 'illustration',
          part: 'illustration',
        })}
      </div>
      <p class="intro">${texts.intro}</p>
      <ul class="causes" part="causes">
        ${painCauses.map((id) => {
          const { title, text } = texts.causes[id];
          return html`<li><strong>${title}</strong> ${text}</li>`;
        })}
      </ul>
      <section class="hope" part="hope" aria-labelledby="hope-heading">
        ${this.subheading(texts.hopeHeading, 'hope-heading')}
        <p>${texts.hope}</p>
      </section>
      <section class="links" part="links" aria-labelledby="links-heading" ?hidden=${!this.hasLinks}>
        ${this.subheading(texts.linksHeading, 'links-heading')}
        <slot name="links" @slotchange=${this.onLinksChange}></slot>
      </section>
      ${this.finePrint({ credited: [], entries: whyItHurtsFacts.provenance })}
    </article>`;
  }
}
