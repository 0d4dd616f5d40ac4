import { BackcareExerciseCard } from './exercise-card.js';

export { BackcareExerciseCard };
// The types its attributes and events use, for typed code and for tools.
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { ExerciseId } from '../exercises/content.js';

BackcareExerciseCard.define('backcare-exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-exercise-card': BackcareExerciseCard;
  }
}
