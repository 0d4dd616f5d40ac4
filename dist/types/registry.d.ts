import { common } from './shared/en.js';
/**
 * What the registry knows of one element, written in its folder's `entry.ts`. The folder is
 * the tag without `backcare-`. The build generates `backcare.ts` and `backcare.css` from
 * these; the tests and the benchmark mount the fixtures; the locale test checks every
 * language against the English texts.
 */
export interface ElementEntry {
    readonly tag: `backcare-${string}`;
    /**
     * The English texts the element shows, by part name, besides the common ones: those of an
     * element it shows inside it too, since its own file's languages carry only these parts.
     */
    readonly texts: Readonly<Record<string, object>>;
    /**
     * Height to reserve before the script has run, so the page does not jump: `''` for the
     * tag itself, or an attribute selector such as `'[compact]'` for a variant.
     */
    readonly reserve: Readonly<Record<string, string>>;
    /**
     * Attribute sets that show each way the element can look. The accessibility sweep, the
     * embedding tests, fuzzing (from the first) and the benchmark mount every one.
     */
    readonly fixtures: readonly Readonly<Record<string, string>>[];
}
/** Every element, in the order the README presents them. Adding one: its folder, one line. */
export declare const elements: readonly [{
    readonly tag: "backcare-exercise-card";
    readonly texts: {
        readonly exercises: import("./exercises/texts.js").ExercisesText;
        readonly exerciseCard: import("./exercise-card/texts.js").ExerciseCardText;
    };
    readonly reserve: {
        readonly '': "40rem";
        readonly '[compact]': "30rem";
    };
    readonly fixtures: readonly [{
        readonly exercise: "cat-cow";
    }, {
        readonly exercise: "childs-pose";
        readonly compact: "";
    }, {
        readonly exercise: "bridge";
        readonly reps: "10";
        readonly sets: "2";
        readonly hold: "5";
    }, {
        readonly exercise: "pelvic-circles";
    }, {
        readonly exercise: "scapular-retraction";
    }, {
        readonly exercise: "doorway-pec-stretch";
    }];
}, {
    readonly tag: "backcare-feeding-guide";
    readonly texts: {
        readonly feedingGuide: import("./feeding-guide/texts.js").FeedingGuideText;
    };
    readonly reserve: {
        readonly '': "36rem";
    };
    readonly fixtures: readonly [{}, {
        readonly position: "cradle";
        readonly feeding: "breast";
    }, {
        readonly position: "side-lying";
        readonly feeding: "bottle";
    }];
}, {
    readonly tag: "backcare-lifting-tips";
    readonly texts: {
        readonly liftingTips: import("./lifting-tips/texts.js").LiftingTipsText;
    };
    readonly reserve: {
        readonly '': "36rem";
    };
    readonly fixtures: readonly [{}, {
        readonly moment: "lifting";
    }, {
        readonly moment: "carrying";
    }, {
        readonly moment: "bending";
    }];
}, {
    readonly tag: "backcare-why-it-hurts";
    readonly texts: {
        readonly whyItHurts: import("./why-it-hurts/texts.js").WhyItHurtsText;
    };
    readonly reserve: {
        readonly '': "24rem";
    };
    readonly fixtures: readonly [{}];
}, {
    readonly tag: "backcare-pt-checklist";
    readonly texts: {
        readonly ptChecklist: import("./pt-checklist/texts.js").PtChecklistText;
        readonly warningSigns: import("./warning-signs/texts.js").WarningSignsText;
    };
    readonly reserve: {
        readonly '': "36rem";
    };
    readonly fixtures: readonly [{}, {
        readonly 'weeks-postpartum': "3";
    }, {
        readonly 'weeks-postpartum': "8";
    }];
}, {
    readonly tag: "backcare-warning-signs";
    readonly texts: {
        readonly warningSigns: import("./warning-signs/texts.js").WarningSignsText;
    };
    readonly reserve: {
        readonly '': "40rem";
    };
    readonly fixtures: readonly [{}];
}, {
    readonly tag: "backcare-routine";
    readonly texts: {
        readonly exercises: import("./exercises/texts.js").ExercisesText;
        readonly routine: import("./routine/texts.js").RoutineText;
        readonly routineSession: import("./routine/texts.js").RoutineSessionText;
    };
    readonly reserve: {
        readonly '': "34rem";
    };
    readonly fixtures: readonly [{}, {
        readonly exercises: "cat-cow childs-pose bridge";
    }];
}];
type Intersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void ? I : never;
/** Every text part some element shows, each with its type: what a language must provide. */
export type ElementTexts = Intersection<(typeof elements)[number]['texts']>;
/** The whole English text, the reference every other language is checked against. */
export declare const english: {
    readonly common: typeof common;
} & ElementTexts;
export {};
