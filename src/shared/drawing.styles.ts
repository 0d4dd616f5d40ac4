import { css } from 'lit';

/**
 * Colours for the line drawings every element shows. Drawings use only these classes, so
 * one set of rules themes them all, in light, dark, forced colours and print alike.
 */
export const drawingStyles = css`
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
