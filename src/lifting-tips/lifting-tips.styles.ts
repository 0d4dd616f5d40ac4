import { css } from 'lit';

export const liftingTipsStyles = css`
  :host {
    max-width: 52rem;
  }

  .intro {
    margin-block-end: 0;
  }

  .core {
    margin-block-start: 1em;
    padding: 0.25em 1em 0.5em;
    border-radius: calc(var(--_radius) / 2);
    border-inline-start: 4px solid var(--_accent);
    background: var(--_accent-soft);
  }

  .subheading {
    margin-block-start: 1.5em;
    font-size: 1.125em;
  }

  .core .subheading {
    margin-block-start: 0.5em;
  }

  .illustration {
    max-width: 26rem;
    margin: 0 auto 1em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .motion {
      animation: backcare-lift 1.6s ease-in-out infinite alternate;
    }
  }

  @keyframes backcare-lift {
    to {
      transform: translateY(-4px);
    }
  }

  .advice {
    display: grid;
    gap: 1em;
  }

  .list {
    padding: 0.25em 1em 0.5em;
    border: 1px solid var(--_border);
    border-block-start: 6px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
  }

  .dont {
    border-block-start: 6px dashed var(--_caution);
  }

  .minor {
    margin: 0.5em 0;
    font-size: 1em;
  }

  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  li {
    display: flex;
    gap: 0.5em;
    align-items: flex-start;
    margin: 0.5em 0;
  }

  .icon {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 3;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .dont .icon {
    stroke: var(--_caution);
  }

  @container (min-width: 34rem) {
    .advice {
      grid-template-columns: 1fr 1fr;
      align-items: start;
    }
  }

  @media (forced-colors: active) {
    .icon {
      stroke: CanvasText;
    }
  }

  @media print {
    .moment {
      break-inside: avoid;
    }
  }

  .safety {
    margin-block-start: 1em;
  }
`;
