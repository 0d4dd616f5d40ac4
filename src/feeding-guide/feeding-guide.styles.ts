import { css } from 'lit';

export const feedingGuideStyles = css`
  :host {
    max-width: 52rem;
  }

  .intro {
    margin: 0.5em 0 0;
  }

  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    margin-block-start: 1em;
  }

  [role='tab'] {
    flex: 1 1 auto;
    min-height: 44px;
    padding: 0.375em 0.5em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    font-weight: 700;
    line-height: 1.2;
    overflow-wrap: normal;
    cursor: pointer;
  }

  [role='tab'][aria-selected='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }

  .panel {
    margin-block-start: 0.75em;
  }

  /* On screen the tab names the panel; on paper and without script there are no tabs. */
  .panel-name {
    display: none;
  }

  :host([rendered-static]) .panel-name {
    display: block;
  }

  .hold {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0 1.5em;
  }

  .illustration {
    margin: 0;
  }

  .illustration svg {
    max-height: 14rem;
  }

  .label {
    margin-block-end: 0;
    font-weight: 700;
  }

  .steps,
  .tips {
    margin: 0.25em 0 0;
    padding-inline-start: 1.5em;
  }

  li {
    margin: 0.35em 0;
  }

  .safe-sleep {
    margin-block: 0.5em 0;
  }

  .steps li::marker {
    color: var(--_accent);
    font-weight: 700;
  }

  @container (min-width: 36rem) {
    .hold {
      grid-template-columns: minmax(0, 3fr) minmax(11rem, 2fr);
    }

    .illustration {
      grid-column: 2;
      grid-row: 1;
      align-self: start;
      margin-block-start: 0.5em;
    }
  }

  @media (forced-colors: active) {
    [role='tab'][aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }

  @media print {
    .tabs {
      display: none;
    }

    .panel[hidden] {
      display: block;
    }

    .panel {
      break-inside: avoid;
    }

    .panel-name {
      display: block;
    }

    .hold {
      grid-template-columns: minmax(0, 3fr) minmax(10rem, 2fr);
    }

    .illustration {
      grid-column: 2;
      grid-row: 1;
    }
  }
`;
