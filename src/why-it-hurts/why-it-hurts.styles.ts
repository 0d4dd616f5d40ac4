import { css } from 'lit';

export const whyItHurtsStyles = css`
  :host {
    max-width: 44rem;
  }

  .top {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    justify-content: space-between;
  }

  .intro {
    margin-block-end: 0;
  }

  .illustration {
    flex: none;
    width: 4.5rem;
    height: 4.5rem;
    border-radius: 50%;
    background: var(--_accent-soft);
  }

  .causes {
    display: grid;
    gap: 0.5em;
    margin: 0.75em 0 0;
    padding: 0;
    list-style: none;
  }

  .causes li {
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }

  .causes strong {
    display: block;
  }

  .hope {
    margin-block-start: 1em;
    padding: 0.25em 1em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_accent-soft);
  }

  .hope .subheading {
    margin-block-start: 0.5em;
  }

  .links[hidden] {
    display: none;
  }

  ::slotted([slot='links']) {
    display: block;
    margin-block: 0.25em;
  }

  ::slotted(a[slot='links']) {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_accent);
    font-weight: 700;
    text-underline-offset: 0.2em;
  }

  ::slotted(a[slot='links']:hover) {
    background: var(--_accent-soft);
  }

  @container (min-width: 30rem) {
    .illustration {
      width: 5.5rem;
      height: 5.5rem;
    }

    .causes {
      grid-template-columns: 1fr 1fr;
      gap: 0.75em 1.25em;
    }

    ::slotted(a[slot='links']) {
      display: inline-flex;
      margin-inline-end: 0.5em;
    }
  }

  @media print {
    .causes li,
    .hope {
      break-inside: avoid;
    }
  }
`;
