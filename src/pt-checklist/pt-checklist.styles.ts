import { css } from 'lit';

export const ptChecklistStyles = css`
  /* --_urgent, like every colour, is set from the theme tokens (shared/tokens.ts). */
  :host {
    max-width: 52rem;
  }

  .layout {
    display: grid;
    gap: 1em;
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend,
  .birth > label {
    font-weight: 700;
  }

  ul {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
  }

  li {
    padding-block: 0.25em;
    border-block-end: 1px solid var(--_border);
  }

  li > label {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-block-size: 44px;
    cursor: pointer;
  }

  input[type='checkbox'] {
    flex: none;
    font-size: inherit;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0;
    accent-color: var(--_accent);
  }

  .action {
    margin: 0 0 0.25em;
    padding-inline-start: 2.25em;
    font-size: 0.9375em;
    color: var(--_muted);
  }

  /* Without script there is no box to line the advice up with. */
  :host([rendered-static]) .action {
    padding-inline-start: 0;
  }

  .who {
    font-style: italic;
  }

  .birth {
    margin-block-start: 1em;
  }

  .hint,
  .weeks {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  input[type='date'],
  button {
    min-block-size: 44px;
    padding: 0.4em 0.75em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
  }

  input[aria-invalid='true'] {
    border-color: var(--_caution);
  }

  button {
    color: var(--_accent);
    font-weight: 700;
    cursor: pointer;
  }

  .birth .notice {
    margin-block-start: 0.5em;
  }

  .result {
    align-self: start;
    padding: 0.75em 1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
  }

  .result .subheading {
    margin-block-start: 0;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin: 0;
    padding: 0.15em 0.6em;
    border: 2px solid;
    border-radius: 999px;
    font-weight: 700;
    color: var(--_accent);
  }

  .badge svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .none {
    border: 1px dashed var(--_border);
  }

  .none .badge {
    color: var(--_muted);
    border-style: dashed;
  }

  .soon {
    border-color: var(--_caution);
    border-inline-start-width: 10px;
    background: var(--_caution-soft);
  }

  .soon .badge {
    color: var(--_caution);
  }

  .result.now {
    border: 6px double var(--_urgent);
  }

  .now .badge {
    color: var(--_urgent);
  }

  /* Emergency, after the NHS's "immediate action" callout: a heavy frame, a wider bar at the
     start, a filled badge with a warning triangle and the word, bold next step. */
  .result.emergency {
    border: 4px solid var(--_urgent);
    border-inline-start-width: 12px;
  }

  .emergency .badge {
    color: var(--_surface);
    background: var(--_urgent);
    border-color: var(--_urgent);
  }

  .emergency > p:not(.badge) {
    font-weight: 700;
  }

  ::slotted([slot='emergency']) {
    display: block;
    margin-block-start: 0.75em;
    font-weight: 700;
  }

  /* Below the list and the next step on screen; beside them on paper (see print). */
  backcare-warning-signs {
    grid-column: 1 / -1;
  }

  ::slotted([slot='contact']) {
    display: block;
    margin-block-start: 0.75em;
    font-weight: 700;
  }

  .remember {
    margin-block-start: 1em;
    font-size: 0.9375em;
  }

  .print-only {
    display: none;
  }

  @container (min-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(14rem, 2fr);
    }

    .result {
      position: sticky;
      inset-block-start: 1em;
    }
  }

  @media (forced-colors: active) {
    .result,
    .badge {
      border-color: CanvasText;
    }

    .emergency .badge {
      forced-color-adjust: none;
      color: Canvas;
      background: CanvasText;
      border-color: CanvasText;
    }
  }
`;
