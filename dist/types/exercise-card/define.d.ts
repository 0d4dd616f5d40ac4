import { BackcareExerciseCard } from './exercise-card.js';
export { BackcareExerciseCard };
declare global {
    interface HTMLElementTagNameMap {
        'backcare-exercise-card': BackcareExerciseCard;
    }
}
