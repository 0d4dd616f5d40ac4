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
     * tag itself, or an attribute selector such as `'[compact]'` for a variant (for the
     * fixtures that have it; `''` for the others). `test/embedding/reservation.test.ts` checks
     * each against the fixtures as drawn, and says what to write when content has changed.
     */
    readonly reserve: Readonly<Record<string, ReservedHeights>>;
    /**
     * Attribute sets that show each way the element can look. The accessibility sweep, the
     * embedding tests, fuzzing (from the first) and the benchmark mount every one.
     */
    readonly fixtures: readonly Readonly<Record<string, string>>[];
}
/**
 * The viewport widths (CSS px) a reserved height changes at, widest first. A widget is
 * taller the narrower it is, so each height is the one measured at the band's widest
 * viewport: up to 414 px (phones), up to 600 px, up to 768 px, and `wide` beyond that.
 */
export declare const reservationWidths: readonly [768, 600, 414];
/**
 * A reserved height in `em` (the page's text size, which the widget's text takes too) for
 * each band of `reservationWidths`. Each is about 90% of the shortest fixture's height,
 * measured in DejaVu Sans: narrower fonts (Arial, Roboto, the phones' system fonts) set the
 * same text in fewer lines, and a place held too tall would make the page jump up instead.
 */
export type ReservedHeights = {
    readonly wide: number;
} & {
    readonly [W in (typeof reservationWidths)[number]]: number;
};
/** Every element, in the order the README presents them. Adding one: its folder, one line. */
export declare const elements: readonly [{
    readonly tag: "backcare-exercise-card";
    readonly texts: {
        readonly exercises: import("./exercises/texts.js").ExercisesText;
        readonly exerciseCard: import("./exercise-card/texts.js").ExerciseCardText;
    };
    readonly reserve: {
        readonly '': {
            readonly wide: 39;
            readonly 768: 42;
            readonly 600: 59;
            readonly 414: 65;
        };
        readonly '[compact]': {
            readonly wide: 32;
            readonly 768: 34;
            readonly 600: 39;
            readonly 414: 49;
        };
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
        readonly '': {
            readonly wide: 60;
            readonly 768: 62;
            readonly 600: 73;
            readonly 414: 100;
        };
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
        readonly '': {
            readonly wide: 85;
            readonly 768: 92;
            readonly 600: 108;
            readonly 414: 134;
        };
        readonly '[moment="lifting"]': {
            readonly wide: 61;
            readonly 768: 63;
            readonly 600: 75;
            readonly 414: 90;
        };
        readonly '[moment="carrying"]': {
            readonly wide: 34;
            readonly 768: 36;
            readonly 600: 45;
            readonly 414: 54;
        };
        readonly '[moment="bending"]': {
            readonly wide: 40;
            readonly 768: 45;
            readonly 600: 51;
            readonly 414: 70;
        };
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
        readonly '': {
            readonly wide: 45;
            readonly 768: 45;
            readonly 600: 54;
            readonly 414: 65;
        };
    };
    readonly fixtures: readonly [{}];
}, {
    readonly tag: "backcare-pt-checklist";
    readonly texts: {
        readonly ptChecklist: import("./pt-checklist/texts.js").PtChecklistText;
        readonly warningSigns: import("./warning-signs/texts.js").WarningSignsText;
    };
    readonly reserve: {
        readonly '': {
            readonly wide: 107;
            readonly 768: 114;
            readonly 600: 133;
            readonly 414: 168;
        };
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
        readonly '': {
            readonly wide: 53;
            readonly 768: 56;
            readonly 600: 70;
            readonly 414: 83;
        };
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
        readonly '': {
            readonly wide: 44;
            readonly 768: 44;
            readonly 600: 45;
            readonly 414: 56;
        };
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
