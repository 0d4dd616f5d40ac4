import type { ExerciseCardText } from './texts.js';

/** The exercise card's own labels in English; the exercises are in `exercises/en.ts`. */
export const exerciseCard: ExerciseCardText = {
  helpsLabel: 'Helps',
  equipmentLabel: 'You need',
  stepsLabel: 'How to do it',
  searchFor: 'To find a video demonstration, search for “{name}”.',
  planLabel: 'Your plan',
  unknownExercise: 'Sorry, there is no exercise called “{given}”. Choose one of: {ids}.',
  missingExercise: 'Choose an exercise to show: {ids}.',
};
