import type { ExerciseCardText } from '../../exercise-card/texts.js';

export const exerciseCard: ExerciseCardText = {
  helpsLabel: 'Le ayuda',
  equipmentLabel: 'Necesita',
  stepsLabel: 'Cómo hacerlo',
  searchFor: 'Para ver un video de demostración, busque “{name}”.',
  planLabel: 'Su plan',
  unknownExercise:
    'Lo sentimos, no hay ningún ejercicio llamado “{given}”. Elija uno de estos: {ids}.',
  missingExercise: 'Elija un ejercicio para mostrar: {ids}.',
};
