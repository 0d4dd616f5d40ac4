/** The exercise card's labels; the exercises' own words are `ExercisesText`. */
export interface ExerciseCardText {
    readonly helpsLabel: string;
    readonly equipmentLabel: string;
    readonly stepsLabel: string;
    /** "Search for “{name}”", with the exercise's search name. */
    readonly searchFor: string;
    readonly planLabel: string;
    /** For an `exercise` that is not known: `{given}` is the value, `{ids}` the valid ids. */
    readonly unknownExercise: string;
    /** For a card without `exercise`: `{ids}` lists the valid ids. */
    readonly missingExercise: string;
}
