import type { PluralForms } from '../shared/texts.js';
import type { Equipment, ExerciseId } from './content.js';

/** The words for one exercise, shared by every element that shows it. */
export interface ExerciseText {
  readonly name: string;
  /** The name to type into a video search for a demonstration. */
  readonly searchName: string;
  readonly helps: string;
  readonly steps: readonly string[];
  /** Text alternative of the illustration. */
  readonly illustrationAlt: string;
  /** Text alternative of the moving figure, for an exercise the routine animates. */
  readonly motionAlt?: string;
}

/**
 * The exercises themselves, apart from any one element's labels, so a routine can name
 * and describe them without loading the exercise card's words.
 */
export interface ExercisesText {
  readonly byId: Readonly<Record<ExerciseId, ExerciseText>>;
  readonly equipment: Readonly<Record<Equipment, string>>;
  /** The line before the steps for readers who had a Caesarean, stitches or a hard birth. */
  readonly beforeYouStart: string;
  /** A clinician's dose in words: each part's plural forms, `{n}` for the number. */
  readonly dose: {
    readonly reps: PluralForms;
    readonly sets: PluralForms;
    readonly hold: PluralForms;
  };
}
