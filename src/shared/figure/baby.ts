import { svg } from 'lit';
import { capsule, type Point } from './draw.js';

/**
 * A newborn, swaddled, for a parent drawn at `s` pixels per H: a baby of about 50 cm is
 * about 0.3 H long, its head about a quarter of that. The head is at `at`, the body runs
 * along `angle` (degrees, 0 to the right, 90 up).
 */
export function baby(at: Point, angle: number, s: number) {
  const u = [Math.cos((angle * Math.PI) / 180), -Math.sin((angle * Math.PI) / 180)];
  const along = (k: number): Point => [at[0] + u[0] * k * s, at[1] + u[1] * k * s];
  return svg`<g class="baby"><path d=${capsule(along(0.05), 0.046 * s, along(0.22), 0.034 * s)}></path><circle cx=${at[0].toFixed(1)} cy=${at[1].toFixed(1)} r=${(0.038 * s).toFixed(1)}></circle></g>`;
}
