import { css, unsafeCSS } from 'lit';
import { darkTokenCss, forcedColorTokenCss, lightTokenCss, printTokenCss } from './token-css.js';

const lightTokens = unsafeCSS(lightTokenCss);
const darkTokens = unsafeCSS(darkTokenCss);
const forcedColorTokens = unsafeCSS(forcedColorTokenCss);
const printTokens = unsafeCSS(printTokenCss);

/**
 * Public tokens (`--backcare-*`, listed in tokens.ts) are read once here into private `--_*`
 * variables that the element styles use, so a host can theme every widget with a handful of
 * properties and no selector can reach past them. Dark defaults apply with the reader's dark
 * preference unless `theme="light"`, or always with `theme="dark"`.
 */
export const themeStyles = css`
  :host {
    /* Every token, the fonts included. */
    ${lightTokens}
    --_line: var(--_accent);

    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    color: var(--_text);
    line-height: 1.5;
    text-align: start;
    color-scheme: light;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
      color-scheme: dark;
    }
  }

  :host([theme='dark']) {
    ${darkTokens}
    color-scheme: dark;
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

  /* On paper a link is no use unless its address is written out. */
  @media print {
    .fine-print a[data-address]::after {
      content: ' (' attr(data-address) ')';
    }
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
      ${forcedColorTokens}
    }
  }

  @media print {
    :host(:is([theme], :not([theme]))) {
      ${printTokens}
      color-scheme: light;
    }
  }
`;
