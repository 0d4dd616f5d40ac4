import { css } from 'lit';

export const routineStyles = css`
  :host {
    max-width: 40rem;
  }

  .plan {
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .plan > li {
    padding-block: 0.35em;
    border-block-end: 1px solid var(--_border);
  }

  .plan > li::marker,
  .steps li::marker {
    color: var(--_accent);
    font-weight: 700;
  }

  .name {
    font-weight: 700;
  }

  .dose {
    color: var(--_muted);
  }

  /* On paper every part of the sheet shows, whatever screen the reader was on. */
  @media screen {
    .card:not(.at-overview) .sheet,
    .at-exercise .note,
    .at-overview .actions,
    .at-exercise .actions {
      display: none;
    }
  }

  .notice {
    margin-block: 1em;
  }

  button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.4em 0.9em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    font: inherit;
    font-weight: 700;
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }

  button[aria-pressed='true'],
  .big {
    color: var(--_accent-text);
    background: var(--_accent);
  }

  button:disabled {
    opacity: 0.6;
    cursor: default;
  }

  .start {
    display: block;
    inline-size: 100%;
    min-block-size: 56px;
    margin-block-start: 1em;
    font-size: 1.25em;
  }

  .cues {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }

  .cues button {
    flex: 1 1 12em;
    font-weight: 400;
    text-align: start;
  }

  ::slotted([slot='note']) {
    display: block;
    margin: 0.75em 0 0;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }

  ::slotted([slot='actions']) {
    display: block;
    margin-block-start: 0.75em;
  }

  @media print {
    .card button,
    .cues {
      display: none;
    }
  }
`;
