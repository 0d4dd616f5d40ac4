import { css } from 'lit';

/** The session screens' styles and the printed sheet's, adopted once the session loads. */
export const sessionStyles = css`
  @media screen {
    .paper {
      display: none;
    }
  }

  .progress {
    color: var(--_muted);
  }

  .screen .subheading {
    margin-block-start: 0.25em;
    font-size: 1.25em;
  }

  .illustration.now {
    margin: 0.5em 0;
  }

  .illustration.now svg {
    max-height: 14rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .now .motion {
      animation: backcare-nudge 1.6s ease-in-out infinite alternate;
    }
  }

  @keyframes backcare-nudge {
    to {
      transform: translateY(-4px);
    }
  }

  .dose-now,
  .tool {
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent-soft);
  }

  .tool {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em 1em;
    margin-block: 0.5em;
  }

  .clock {
    margin: 0;
    font-size: 2.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .count {
    display: flex;
    flex-direction: column;
    margin: 0;
    font-weight: 700;
  }

  .steps {
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .minor {
    margin: 1em 0 0.25em;
    font-size: 1em;
  }

  .nav {
    display: grid;
    grid-template-columns: 1fr 1fr 1.4fr;
    gap: 0.5em;
    margin-block-start: 1em;
  }

  .nav button {
    padding-inline: 0.25em;
    overflow-wrap: normal;
  }

  .hurts {
    display: block;
    inline-size: 100%;
    margin-block-start: 0.75em;
    border-color: var(--_caution);
    color: var(--_text);
    background: var(--_caution-soft);
  }

  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
    gap: 0.25em;
    margin: 0;
    padding: 0;
    list-style: none;
    text-align: center;
  }

  .week li {
    padding: 0.35em 0 0.25em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    font-size: 0.875em;
  }

  .week .done {
    border: 2px solid var(--_accent);
    background: var(--_accent-soft);
  }

  .mark {
    display: block;
    color: var(--_accent);
    font-weight: 700;
  }

  @media print {
    .screen {
      display: none;
    }

    .plan > li {
      break-inside: avoid;
      padding-block: 0.25em;
    }

    .paper {
      display: grid;
      grid-template-columns: 7.5rem minmax(0, 1fr);
      gap: 0 1em;
      font-size: 0.8125em;
      line-height: 1.35;
    }

    .paper .illustration {
      grid-row: span 2;
      margin: 0;
      padding: 0.25em;
    }

    .paper .steps li {
      margin: 0;
    }

    .ticks {
      margin: 0.25em 0 0;
    }

    .box {
      display: inline-block;
      inline-size: 1.25em;
      block-size: 1.25em;
      margin-inline-start: 0.35em;
      vertical-align: middle;
      border: 1px solid var(--_text);
    }
  }
`;
