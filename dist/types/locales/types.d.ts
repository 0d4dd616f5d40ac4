import type { Equipment, ExerciseId } from '../content/exercises.js';
import type { ClinicianId } from '../content/sources.js';
import type { Formatter } from '../shared/format.js';
import type { LiftingTipsText } from '../lifting-tips/texts.js';
import type { WhyItHurtsText } from '../why-it-hurts/texts.js';
import type { FeedingGuideText } from '../feeding-guide/texts.js';
import type { PtChecklistText } from '../pt-checklist/texts.js';
/**
 * Everything a language must provide. A new language is one module that exports a complete
 * `Translation`: the type checker reports anything missing, and a test compares every
 * locale with English key by key.
 */
export interface Translation {
    /** BCP 47 language subtag, e.g. `es`. */
    readonly lang: string;
    readonly meta: LocaleMeta;
    readonly common: CommonText;
    readonly exerciseCard: ExerciseCardText;
    readonly liftingTips: LiftingTipsText;
    readonly whyItHurts: WhyItHurtsText;
    readonly feedingGuide: FeedingGuideText;
    readonly ptChecklist: PtChecklistText;
}
export interface LocaleMeta {
    /** Who wrote this locale. */
    readonly translatedBy: string;
    /** Whether a clinician has reviewed it, and when. */
    readonly reviewStatus: string;
    /** `usted` or `tú`, where the language has the choice; otherwise empty. */
    readonly formality: string;
}
/** A clinician dose given by the embedder, already validated. */
export interface Dose {
    readonly reps?: number;
    readonly sets?: number;
    readonly holdSeconds?: number;
}
export interface CommonText {
    /** The one-line educational disclaimer every widget shows. */
    readonly disclaimer: string;
    readonly stopIfItHurts: string;
    readonly recommendedBy: string;
    /** Credit label where the content is general advice rather than one clinician's tip. */
    readonly basedOnAdviceFrom: string;
    readonly sourceLabel: string;
    /** "Content last reviewed" followed by a formatted date. */
    readonly lastReviewed: (formattedDate: string) => string;
    readonly clinicianTitles: Readonly<Record<ClinicianId, string>>;
}
export interface ExerciseText {
    readonly name: string;
    /** The name to type into a video search for a demonstration. */
    readonly searchName: string;
    readonly helps: string;
    readonly steps: readonly string[];
    /** Text alternative of the illustration. */
    readonly illustrationAlt: string;
}
export interface ExerciseCardText {
    readonly exercises: Readonly<Record<ExerciseId, ExerciseText>>;
    readonly equipment: Readonly<Record<Equipment, string>>;
    readonly helpsLabel: string;
    readonly equipmentLabel: string;
    readonly stepsLabel: string;
    readonly searchFor: (searchName: string) => string;
    readonly planLabel: string;
    /** The reader's plan from the clinician's dose, with numbers and plurals for the locale. */
    readonly plan: (dose: Dose, format: Formatter) => string;
    readonly unknownExercise: (given: string, validIds: string) => string;
    readonly missingExercise: (validIds: string) => string;
}
