import { BackcareExerciseCard } from './exercise-card.js';
export { BackcareExerciseCard };
export type { BackcareTag, Theme } from '../shared/backcare-element.js';
export type { ExerciseId } from '../exercises/content.js';
declare global {
    interface HTMLElementTagNameMap {
        'backcare-exercise-card': BackcareExerciseCard;
    }
}
