import { BackcareExerciseCard } from './exercise-card.js';

export { BackcareExerciseCard };

BackcareExerciseCard.define('backcare-exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'backcare-exercise-card': BackcareExerciseCard;
  }
}
