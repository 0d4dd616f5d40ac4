import { css } from 'lit';

export const exerciseCardStyles = css`
  :host {
    max-width: 52rem;
  }

  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'intro' 'figure' 'how' 'foot';
    column-gap: 1.5em;
  }

  .intro {
    grid-area: intro;
  }

  .how {
    grid-area: how;
  }

  .fine-print {
    grid-area: foot;
  }

  .helps,
  .equipment {
    margin: 0.4em 0 0;
  }

  .illustration {
    grid-area: figure;
    margin: 1em 0 0;
  }

  .illustration svg {
    max-height: 16rem;
  }

  @media (prefers-reduced-motion: no-preference) {
    .motion {
      animation: backcare-nudge 1.6s ease-in-out infinite alternate;
    }
  }

  @keyframes backcare-nudge {
    from {
      transform: translateY(0);
    }
    to {
      transform: translateY(-4px);
    }
  }

  .plan {
    margin: 1em 0 0;
    padding: 0.5em 0.75em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent-soft);
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

  .steps {
    margin: 0;
    padding-inline-start: 1.75em;
  }

  .steps li {
    margin: 0.35em 0;
    padding-inline-start: 0.25em;
  }

  .steps li::marker {
    color: var(--_accent);
    font-weight: 700;
  }

  .search {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .before-start {
    margin-block-start: 1em;
  }

  .safety {
    margin-block-start: 1em;
  }

  @container (min-width: 44rem) {
    .card {
      grid-template-columns: minmax(0, 3fr) minmax(12rem, 2fr);
      grid-template-areas: 'intro figure' 'how figure' 'foot foot';
      align-items: start;
    }

    .how {
      margin-block-start: 0;
    }
  }

  :host([compact]) .card {
    --_space: 0.75rem;
    font-size: 0.9375em;
    grid-template-columns: minmax(0, 1fr) 7.5rem;
    grid-template-areas: 'intro figure' 'how how' 'foot foot';
  }

  :host([compact]) .illustration {
    margin: 0;
    padding: 0.25em;
  }

  :host([compact]) .search {
    display: none;
  }

  @media print {
    .card {
      grid-template-columns: minmax(0, 3fr) minmax(10rem, 2fr);
      grid-template-areas: 'intro figure' 'how figure' 'foot foot';
    }

    .search {
      display: block;
    }
  }
`;
