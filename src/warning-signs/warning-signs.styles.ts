import { css } from 'lit';

export const warningSignsStyles = css`
  :host {
    max-width: 52rem;
  }

  /* The emergency card: a heavy border in the urgent colour, a badge with a triangle. */
  .card {
    border: 4px solid var(--_urgent);
  }

  .badge {
    display: inline-flex;
    gap: 0.4em;
    align-items: center;
    margin: 0 0 0.5em;
    padding: 0.15em 0.6em;
    border: 2px solid var(--_urgent);
    border-radius: 999px;
    font-weight: 700;
    color: var(--_urgent);
  }

  .badge svg {
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linejoin: round;
  }

  ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }

  li {
    margin: 0.2em 0;
  }

  .what-to-do {
    margin-block-start: 1em;
    padding: 0.5em 0.75em;
    border-inline-start: 6px solid var(--_urgent);
  }

  .what-to-do p {
    margin: 0.3em 0;
  }

  ::slotted([slot='emergency']) {
    display: block;
    margin: 0.5em 0;
    font-weight: 700;
  }

  /* Wide, and on paper: the maternal signs on the left, the back red flags and what to do
     on the right. */
  @container (min-width: 40rem) {
    .lists {
      display: grid;
      grid-template-columns: 3fr 2fr;
      column-gap: 1.5em;
    }

    .lists > :first-child {
      grid-row: span 2;
    }
  }

  /* On paper, compact, so it fits one page beside a checklist; the badge sits by the heading. */
  @media print {
    .card {
      padding: 0.5em 0.75em;
      line-height: 1.25;
    }

    p {
      margin: 0.3em 0;
    }

    .badge {
      float: inline-end;
      margin: 0 0 0 0.5em;
    }

    .heading {
      font-size: 1.15em;
    }

    .subheading {
      margin: 0.5em 0 0.2em;
    }

    li {
      margin: 0;
      break-inside: avoid;
    }

    .what-to-do {
      margin-block-start: 0.5em;
      padding-block: 0.25em;
    }

    .what-to-do p,
    ::slotted([slot='emergency']) {
      margin: 0.1em 0;
    }
  }

  @media (forced-colors: active) {
    .card,
    .badge,
    .what-to-do {
      border-color: CanvasText;
    }
  }
`;
