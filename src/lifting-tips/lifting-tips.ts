import {
  html,
  nothing,
  svg,
  type PropertyValues,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { BackcareElement } from '../shared/backcare-element.js';
import { LocaleController } from '../shared/locale.js';
import { choiceAttribute } from '../shared/attributes.js';
import { drawing } from '../shared/drawing.js';
import { themeStyles } from '../shared/theme.styles.js';
import { drawingStyles } from '../shared/drawing.styles.js';
import { clinicians } from '../shared/sources.js';
import {
  coreFirstMoments,
  liftingMoments,
  liftingTipsFacts,
  momentChoices,
  type LiftingMoment,
  type MomentChoice,
} from './content.js';
import { common } from '../shared/en.js';
import { fill } from '../shared/texts.js';
import { localeLoaders } from '../locales/index.js';
import { liftingTips } from './en.js';
import { goodLift } from './illustrations.js';
import { liftingTipsStyles } from './lifting-tips.styles.js';

const tick = svg`<path d="M4 12.5l5 5L20 6.5"/>`;
const cross = svg`<path d="M6 6l12 12M18 6L6 18"/>`;

/**
 * Do and don't guidance from physical therapists for the moments that strain a new parent's
 * lower back most: lifting the baby out of a crib or play yard, carrying, bending over and
 * rolling over. Starts with how to engage the core, and shows a drawing of a good lift.
 *
 * @tagname backcare-lifting-tips
 * @summary Do and don't tips for lifting, carrying and bending without straining your back.
 *
 *
 * @csspart core - The "engage your core first" box.
 * @csspart moment - Each moment's section (lifting, carrying, bending and rolling over).
 * @csspart do - Each "do" box, holding its heading and list.
 * @csspart dont - Each "don't" box, holding its heading and list.
 * @csspart illustration - The figure holding the drawing of a good lift.
 * @csspart safety-note - The "stop if it hurts" note.
 */
export class BackcareLiftingTips extends BackcareElement {
  static override styles = [themeStyles, drawingStyles, liftingTipsStyles];

  static override properties = {
    ...BackcareElement.properties,
    moment: {},
  };

  /**
   * Show only one moment: `lifting` (out of a crib or play yard), `carrying`, or `bending`
   * (bending over and rolling over, which share the same advice; `rolling` is accepted as
   * another name for it). Absent or `all` shows every moment. Other values show every
   * moment with a console warning.
   */
  declare moment: MomentChoice | null;

  protected readonly locale = new LocaleController(this, { common, liftingTips }, localeLoaders);

  private shown: readonly LiftingMoment[] = liftingMoments;

  constructor() {
    super();
    this.moment = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('moment')) {
      const choice = choiceAttribute(this.localName, 'moment', this.moment, momentChoices, 'all');
      this.shown = choice === 'all' ? liftingMoments : [choice === 'rolling' ? 'bending' : choice];
    }
  }

  protected renderContent(): unknown {
    const { common, liftingTips: texts } = this.locale.texts;
    const shown = this.shown;
    const coreFirst = shown.some((m) => coreFirstMoments.includes(m));
    return html`<article class="card" part="card" aria-labelledby="heading">
      ${this.heading(texts.heading)}
      <p class="intro">${texts.intro}</p>
      ${
        coreFirst
          ? html`<section class="core" part="core" aria-labelledby="core-heading">
              ${this.subheading(texts.coreHeading, 'core-heading')}
              <p>${texts.coreWhy}</p>
              <p>
                <strong
                  >${fill(texts.coreCue, {
                    name: clinicians[liftingTipsFacts.coreCueClinician].name,
                  })}</strong
                >
                ${texts.coreFeel}
              </p>
            </section>`
          : nothing
      }
      ${shown.map((moment) => this.renderMoment(moment))}
      <p class="notice safety" part="safety-note">${common.stopIfItHurts}</p>
      ${this.finePrint({
        credited: liftingTipsFacts.clinicians,
        entries: liftingTipsFacts.provenance,
      })}
    </article>`;
  }

  private renderMoment(moment: LiftingMoment): TemplateResult {
    const texts = this.locale.texts.liftingTips;
    const { heading, dos, donts } = texts.moments[moment];
    const headingId = `${moment}-heading`;
    return html`<section class="moment" part="moment" aria-labelledby=${headingId}>
      ${this.subheading(heading, headingId)}
      ${
        moment === 'lifting'
          ? html`<figure class="illustration" part="illustration">
              ${drawing(goodLift, texts.illustrationAlt, 'illustration-alt')}
            </figure>`
          : nothing
      }
      <div class="advice">
        ${this.renderList(moment, 'do', texts.doHeading, texts.doPrefix, dos, tick)}
        ${this.renderList(moment, 'dont', texts.dontHeading, texts.dontPrefix, donts, cross)}
      </div>
    </section>`;
  }

  private renderList(
    moment: LiftingMoment,
    kind: 'do' | 'dont',
    heading: string,
    prefix: string,
    items: readonly string[],
    icon: SVGTemplateResult,
  ): TemplateResult {
    // "Do" and "Don't" sit two levels below the main heading, under the moment's heading.
    const id = `${moment}-${kind}`;
    return html`<div class="list ${kind}" part=${kind}>
      ${this.headingBelow(2, heading, id, 'minor')}
      <ul aria-labelledby="${moment}-heading ${id}">
        ${items.map(
          (item) =>
            html`<li>
              <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                ${icon}
              </svg>
              <span><span class="visually-hidden">${prefix} </span>${item}</span>
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
