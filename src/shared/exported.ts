import type { RenderOptions } from 'lit';

/**
 * What a widget does before its first render when the page already holds its content: a
 * shadow root written by the static export. Only such pages load this module, so a widget
 * on an ordinary page pays nothing for it.
 */
export interface ExportedWidget extends HTMLElement {
  readonly locale: { resolve(): void; readonly pending?: Promise<void> };
  readonly renderOptions: RenderOptions;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

export default async function beforeFirstRender(widget: ExportedWidget): Promise<void> {
  // A rendering in another language stays as it is until that language's texts arrive, so
  // hydration finds the same content and nothing flashes in English. The language is
  // worked out now rather than at the first render, which must wait for it.
  widget.locale.resolve();
  await widget.locale.pending;

  if (!('litElementHydrateSupport' in globalThis)) {
    // Without Lit's hydration support (`dist/hydrate.js`) Lit would render beside the
    // exported content (before its first node): the first render replaces it instead.
    widget.shadowRoot?.replaceChildren();
    widget.renderOptions.renderBefore = null;
  }

  // The static export sets `rendered-static` on a widget it renders for a page without
  // script: every hold and item shown, no controls.
  if (widget.hasAttribute('rendered-static')) {
    // The first render repeats the no-script rendering, so hydration finds what the server
    // wrote; then the widget drops the attribute and renders again, interactive, as Lit
    // advises for content that differs after hydration.
    void widget.updateComplete.then(() => {
      widget.removeAttribute('rendered-static');
      widget.requestUpdate();
    });
  }
}
