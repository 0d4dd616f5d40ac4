import { css } from 'lit';

/**
 * Colours for the drawings every element shows. Drawings use only these classes, so one set
 * of rules themes them all: the tokens already hold the light, dark, forced-colours and
 * print values (print is black on white).
 *
 * A figure's parts are filled outlines, one path per
 * layer, edged in the background colour, so a layer in front of another shows a thin gap.
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

  /* In a drawing every shape strokes (and text fills) in its group's colour, 4 pixels wide
     unless its class sets --_w; only boxes and arrowheads are filled. */
  [role='img'] {
    --_w: 4px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [role='img'] :is(path, rect) {
    fill: none;
    stroke: currentColor;
    stroke-width: var(--_w);
  }

  .figure {
    color: var(--_text);
  }

  /* The far limbs, and a position a movement starts from, behind the one it moves to. */
  .far,
  .ground {
    color: var(--_muted);
  }

  .baby,
  .cue,
  text {
    color: var(--_accent);
  }

  /* Body parts are filled. Each layer's edge, 4 pixels wide (about 0.02 of the body's
     height) and painted first, in the background colour, parts it from the layer behind. */
  [role='img'] :is(.figure, .baby) path {
    fill: currentColor;
    stroke: var(--_accent-soft);
    stroke-width: 4px;
    paint-order: stroke;
  }

  .prop,
  .line {
    color: var(--_caution);
  }

  [role='img'] .prop {
    --_w: 2px;
    fill: var(--_caution-soft);
  }

  [role='img'] .head,
  text {
    fill: currentColor;
  }

  text {
    font: 700 16px sans-serif;
  }

  @media (forced-colors: active) {
    figure.illustration {
      border: 1px solid CanvasText;
    }
  }
`;
