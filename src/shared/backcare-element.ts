import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import type { ExportedWidget } from './exported.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { choiceAttribute, wholeNumberAttribute } from './attributes.js';
import type { LocaleController } from './locale.js';
import type { CommonText } from './texts.js';
import { formatterFor, type Formatter } from './format.js';
import { finePrint, type FinePrint } from './fine-print.js';
import { watchInheritedAttributes } from './inherited.js';
import { reviewOf } from './review.js';
import { version } from './version.js';
import { warnOnce } from './warn.js';

type HeadingTemplate = (
  content: unknown,
  id?: string,
  part?: string,
  className?: string,
) => TemplateResult;

// One template per level: a heading's tag cannot be a template value, and six small
// templates cost readers less than Lit's static-html module would.
const headings: readonly HeadingTemplate[] = [
  (c, id, part, cls) =>
    html`<h1 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(cls)}>${c}</h1>`,
  (c, id, part, cls) =>
    html`<h2 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(cls)}>${c}</h2>`,
  (c, id, part, cls) =>
    html`<h3 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(cls)}>${c}</h3>`,
  (c, id, part, cls) =>
    html`<h4 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(cls)}>${c}</h4>`,
  (c, id, part, cls) =>
    html`<h5 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(cls)}>${c}</h5>`,
  (c, id, part, cls) =>
    html`<h6 id=${ifDefined(id)} part=${ifDefined(part)} class=${ifDefined(cls)}>${c}</h6>`,
];

export const themes = ['auto', 'light', 'dark'] as const;

/**
 * Adds or removes a custom state (`:state(name)` in the page's CSS). Browsers before custom
 * states (Safari 17.3, Firefox 125) have no `states`; Chromium before 125 accepted only
 * `--name` and throws: there the widget's place is just not held while its language loads.
 */
function showState(internals: ElementInternals, name: string, on: boolean): void {
  try {
    if (on) internals.states?.add(name);
    else internals.states?.delete(name);
  } catch {
    // See above.
  }
}

/** Every backcare element's tag starts with `backcare-`. */
export type BackcareTag = `backcare-${string}`;

/** A colour scheme the `theme` attribute accepts. */
export type Theme = (typeof themes)[number];

/**
 * What every backcare element shares: the `heading-level` and `theme` attributes, its
 * language (`lang` on the element, else the nearest ancestor's, else the document's), the
 * theme tokens (see the README's Theming table), and showing the light-DOM fallback while a
 * translation loads. Documented once here; each element's manifest entry inherits it.
 *
 * @slot - Fallback content, shown before the script loads and while a translation loads.
 *
 * @cssstate waiting - While the widget's language loads and its fallback content shows.
 *   `dist/backcare.css` keeps holding the widget's place then, as before the script ran.
 *
 * @csspart card - The element's outer box.
 * @csspart heading - The element's main heading.
 * @csspart credit - The footer with who gave the advice, the source, the disclaimer and the review date.
 */
export abstract class BackcareElement extends LitElement {
  /** Lets a second copy of the library tell which version registered a tag first. */
  static readonly backcareVersion = version;

  /**
   * Registers the element as `tag` unless the tag is taken, so loading the bundle twice, or
   * the full bundle beside a single-element file, never throws. If the copy already
   * registered is a different version, the embedder gets one warning; the first stays.
   */
  static define(tag: BackcareTag): void {
    const registry = globalThis.customElements;
    const existing = registry.get(tag) as { readonly backcareVersion?: string } | undefined;
    if (!existing) {
      registry.define(tag, this as unknown as CustomElementConstructor);
    } else if (existing.backcareVersion !== version) {
      warnOnce(
        'define-version',
        `backcare: two different versions are loaded on this page (${existing.backcareVersion ?? 'unknown'} and ${version}). The first one loaded is used; remove the other script tag.`,
      );
    }
  }

  static override properties = {
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    reviewedBy: { attribute: 'reviewed-by' },
    reviewedOn: { attribute: 'reviewed-on' },
  };

  /**
   * Level of the element's main heading, `1`–`6`, so it fits the page outline. Other values
   * fall back to `2` with a console warning.
   */
  declare headingLevel: string | null;

  /** `light` or `dark` forces a colour scheme; absent follows the reader's system setting. */
  declare theme: Theme | null;

  /**
   * Who reviewed this content clinically, as it should be shown ("Dr Ana Ruiz, OB-GYN,
   * Riverside Clinic"). Only with `reviewed-on` does the widget say "Reviewed by … on …";
   * otherwise it says the content is not clinically reviewed. May be set on any ancestor.
   */
  declare reviewedBy: string | null;

  /** The date of that review, `YYYY-MM-DD`, not in the future. May be set on any ancestor. */
  declare reviewedOn: string | null;

  protected abstract readonly locale: LocaleController<{ readonly common: CommonText }>;

  /** The heading level in force, after validation. */
  protected level = 2;

  /** Shows the page the widget's `:state(waiting)`. */
  private readonly internals = this.attachInternals();

  constructor() {
    super();
    this.headingLevel = null;
    this.theme = null;
    this.reviewedBy = null;
    this.reviewedOn = null;
  }

  private stopWatching?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    // `reviewed-by` and `reviewed-on` may sit on an ancestor; follow changes there too.
    this.stopWatching = watchInheritedAttributes(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
  }

  /** The fine print: credit, sources, what the content rests on, review status. */
  protected finePrint(details: Pick<FinePrint, 'credited' | 'entries' | 'creditLabel'>) {
    return finePrint({
      ...details,
      common: this.locale.texts.common,
      format: this.format,
      review: reviewOf(this),
      translated: this.locale.language !== 'en',
    });
  }

  protected get format(): Formatter {
    return formatterFor(this.locale.language, this.locale.texts.common);
  }

  /**
   * A static export's shadow root already holds the widget's content. What to do before the
   * first render there is in a chunk of its own (`exported.ts`), which other pages never load.
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- Lit's own signature
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated || !this.shadowRoot?.firstChild
      ? super.scheduleUpdate()
      : import('./exported.js')
          .then((exported) => exported.default(this as unknown as ExportedWidget))
          .then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On the server no controller is connected: the element's own `lang` is read here.
    if (isServer) this.locale.resolve();
    if (changed.has('headingLevel')) {
      this.level =
        wholeNumberAttribute(this.localName, 'heading-level', this.headingLevel, 1, 6) ?? 2;
    }
    if (changed.has('theme')) {
      // Styles match only `light` and `dark`, so an invalid value already means "auto";
      // this just tells the embedder.
      choiceAttribute(this.localName, 'theme', this.theme, themes, 'auto');
    }
  }

  /** Renders the element's main heading at the configured level. */
  protected heading(content: unknown, id = 'heading'): TemplateResult {
    return (headings[this.level - 1] as HeadingTemplate)(content, id, 'heading', 'heading');
  }

  /** Renders a heading one level below the main heading (never beyond `h6`). */
  protected subheading(content: unknown, id?: string): TemplateResult {
    return this.headingBelow(1, content, id);
  }

  /** Renders a heading `depth` levels below the main heading (never beyond `h6`). */
  protected headingBelow(
    depth: number,
    content: unknown,
    id?: string,
    className = 'subheading',
  ): TemplateResult {
    const level = Math.min(this.level - 1 + depth, 5);
    return (headings[level] as HeadingTemplate)(content, id, undefined, className);
  }

  protected override update(changed: PropertyValues<this>): void {
    // The language has just been worked out (the controller's hostUpdate). While it loads,
    // the fallback text shows; without the state, the page's place for the widget would
    // collapse to that text, then open again when the language arrives.
    showState(this.internals, 'waiting', !this.locale.ready);
    super.update(changed);
  }

  override render(): unknown {
    // While another language loads, keep the host's fallback text rather than flash English.
    if (!this.locale.ready) return html`<slot></slot>`;
    return this.renderContent();
  }

  protected abstract renderContent(): unknown;
}
