import { css } from 'lit';

/**
 * Colours for the line drawings every element shows. Drawings use only these classes, so
 * one set of rules themes them all, in light, dark, forced colours and print alike.
 */
export const drawingStyles = css`
  /* The tinted box a full-size drawing sits in; each element sets its margins and height. */
  figure.illustration {
    padding: 0.5em;
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_accent-soft);
  }

  figure.illustration svg {
    display: block;
    width: 100%;
    height: auto;
  }

  .ground,
  .figure,
  .prop,
  .cue,
  .baby {
    fill: none;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .ground {
    stroke: var(--_muted);
  }

  .figure {
    stroke: var(--_text);
  }

  .prop {
    stroke: var(--_caution);
  }

  .cue,
  .baby {
    stroke: var(--_accent);
  }

  .cue-head,
  .cue-label {
    fill: var(--_accent);
    stroke: none;
  }

  .cue-label {
    font: 700 16px sans-serif;
  }

  @media (forced-colors: active) {
    figure.illustration {
      border: 1px solid CanvasText;
    }

    .ground,
    .figure,
    .prop,
    .cue,
    .baby {
      stroke: CanvasText;
    }

    .cue-head,
    .cue-label {
      fill: CanvasText;
    }
  }
`;
