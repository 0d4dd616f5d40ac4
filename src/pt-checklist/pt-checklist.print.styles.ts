import { css } from 'lit';

/**
 * The checklist on paper: a one-page handout on A4 and US Letter, warning signs included.
 * Controls go, the birth date gets a line to write on, and a handout's type size and
 * tighter spacing replace the screen's touch-target sizes.
 */
export const ptChecklistPrintStyles = css`
  @media print {
    .row,
    .hint,
    .birth > label,
    .remember {
      display: none;
    }

    .print-only {
      display: block;
    }

    .result {
      position: static;
      break-inside: avoid;
    }

    .emergency .badge {
      color: #000;
      background: none;
    }

    /* One page on A4 and US Letter, warning signs included: a handout's type size and
       tighter spacing; screen-only touch-target sizes do not apply to paper. */
    .card {
      padding: 0.75em;
      font-size: 9pt;
      line-height: 1.25;
    }

    .heading {
      font-size: 1.25em;
    }

    .layout {
      gap: 0.75em;
    }

    .subheading {
      margin: 0.5em 0 0.25em;
    }

    li {
      padding-block: 0.1em;
    }

    li > label {
      min-block-size: 0;
      gap: 0.5em;
    }

    input[type='checkbox'] {
      inline-size: 1.1em;
      block-size: 1.1em;
    }

    .action {
      margin: 0;
      padding-inline-start: 1.6em;
    }

    .birth {
      margin-block-start: 0.5em;
    }

    .birth p {
      margin: 0.2em 0;
    }

    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }

    /* The list, then the next step, on the left; the warning signs on the right. */
    .result {
      grid-column: 1;
      padding: 0.4em 0.6em;
    }

    /* On paper the badge says the level; the "Your next step" heading is for the screen's
       outline and reader, and the page needs its line. */
    .result .subheading {
      display: none;
    }

    .result p,
    ::slotted([slot='contact']),
    ::slotted([slot='emergency']) {
      margin: 0.25em 0;
    }

    /* A blank handout has nothing ticked: beside each item is its next step, and the
       warning signs are printed in full, so only the clinic's contact is kept here. */
    .result.none {
      padding: 0;
      border: 0;
    }

    .result.none > :not(slot) {
      display: none;
    }

    backcare-warning-signs {
      grid-column: 2;
      grid-row: 1 / span 2;
    }
  }
`;
