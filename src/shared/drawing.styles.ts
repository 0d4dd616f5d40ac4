import { css } from 'lit';

/**
 * Colours for the drawings every element shows. Drawings use only these classes, so one set
 * of rules themes them all: the tokens already hold the light, dark, forced-colours and
 * print values (print is black on white).
 *
 * The figures are filled shapes, each edged in the drawing's background colour, so a limb
 * in front of the body, or a joint where two segments meet, shows as a thin gap.
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

  svg {
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .figure,
  .baby {
    fill: var(--_text);
    stroke: var(--_accent-soft);
    stroke-width: 1.5px;
  }

  .far {
    fill: var(--_muted);
  }

  .baby {
    fill: var(--_accent);
  }

  /* The position a movement starts from, pale behind the one it moves to. */
  .ghost {
    opacity: 0.3;
  }

  .ground,
  .cue,
  .band {
    fill: none;
  }

  .ground {
    stroke: var(--_muted);
    stroke-width: 3px;
  }

  .prop {
    fill: var(--_caution-soft);
    stroke: var(--_caution);
    stroke-width: 2px;
  }

  .prop.line {
    fill: none;
    stroke-width: 4px;
  }

  .band {
    stroke: var(--_caution);
    stroke-width: 4px;
  }

  .cue {
    stroke: var(--_accent);
    stroke-width: 4px;
  }

  .cue-head,
  .cue-label {
    fill: var(--_accent);
  }

  .cue-label {
    font: 700 16px sans-serif;
  }

  @media (forced-colors: active) {
    figure.illustration {
      border: 1px solid CanvasText;
    }
  }
`;
