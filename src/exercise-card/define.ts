import { defineElement } from '../shared/define.js';
import { BackcareExerciseCard } from './exercise-card.js';

export { BackcareExerciseCard };

defineElement('backcare-exercise-card', BackcareExerciseCard);

declare global {
  interface HTMLElementTagNameMap {
    'backcare-exercise-card': BackcareExerciseCard;
  }
}
