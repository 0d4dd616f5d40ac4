import { css } from 'lit';

const darkTokens = css`
  --_accent: var(--backcare-dark-accent, #6fd6c2);
  --_accent-text: var(--backcare-dark-accent-contrast, #062a24);
  --_accent-soft: var(--backcare-dark-accent-soft, #173b36);
  --_text: var(--backcare-dark-text, #e8eef1);
  --_muted: var(--backcare-dark-muted, #b3c1c9);
  --_surface: var(--backcare-dark-surface, #14202a);
  --_border: var(--backcare-dark-border, #3c4e5a);
  --_caution: var(--backcare-dark-caution, #ffc46b);
  --_caution-soft: var(--backcare-dark-caution-soft, #3a2a12);
  --_focus: var(--backcare-dark-focus, #8ab4ff);
  color-scheme: dark;
`;

/**
 * Public tokens (`--backcare-*`) are read once here into private `--_*` variables that the
 * element styles use, so a host can theme every widget with a handful of properties and no
 * selector can reach past them. Dark defaults apply with the reader's dark preference
 * unless `theme="light"`, or always with `theme="dark"`.
 */
export const themeStyles = css`
  :host {
    --_accent: var(--backcare-accent, #0b6b5d);
    --_accent-text: var(--backcare-accent-contrast, #ffffff);
    --_accent-soft: var(--backcare-accent-soft, #e5f3f0);
    --_text: var(--backcare-text, #1d2a33);
    --_muted: var(--backcare-muted, #4b5b66);
    --_surface: var(--backcare-surface, #ffffff);
    --_border: var(--backcare-border, #c9d3d9);
    --_caution: var(--backcare-caution, #8a4b00);
    --_caution-soft: var(--backcare-caution-soft, #fff4e0);
    --_focus: var(--backcare-focus, #1a56db);
    --_radius: var(--backcare-radius, 12px);
    --_space: var(--backcare-space, 1rem);
    --_line: var(--_accent);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    font-family: var(--backcare-font, inherit);
    font-size: var(--backcare-font-size, inherit);
    line-height: 1.5;
    text-align: start;
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * The root of every widget sets each inherited text property itself, so a host page's
   * aggressive styles on the host element (colour, line height, spacing, case, alignment)
   * stop here. Font family and size are meant to inherit from the page.
   */
  .card {
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    font-style: normal;
    font-weight: 400;
    white-space: normal;
    list-style: disc outside none;
    cursor: auto;
    visibility: visible;
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    overflow-wrap: anywhere;
  }

  .heading {
    margin: 0;
    font-size: 1.375em;
    line-height: 1.25;
    font-weight: 700;
    color: var(--_text);
  }

  .subheading {
    margin: 1.25em 0 0.5em;
    font-size: 1em;
    line-height: 1.3;
    font-weight: 700;
  }

  p {
    margin: 0.5em 0;
  }

  a {
    color: var(--_accent);
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .notice {
    margin: 0;
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_caution);
    background: var(--_caution-soft);
    border-radius: calc(var(--_radius) / 2);
  }

  .fine-print {
    margin-block-start: 1em;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.875em;
    color: var(--_muted);
  }

  .fine-print p {
    margin: 0.25em 0;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* :is() gives these the specificity of the theme selectors above, and they come later. */
  @media (forced-colors: active) {
    :host(:is([theme], :not([theme]))) {
      --_accent: LinkText;
      --_accent-text: Canvas;
      --_accent-soft: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_caution: CanvasText;
      --_caution-soft: Canvas;
      --_focus: Highlight;
    }
  }

  @media print {
    :host(:is([theme], :not([theme]))) {
      --_accent: #000;
      --_accent-soft: #fff;
      --_text: #000;
      --_muted: #333;
      --_surface: #fff;
      --_border: #555;
      --_caution: #000;
      --_caution-soft: #fff;
      color-scheme: light;
    }
  }
`;
