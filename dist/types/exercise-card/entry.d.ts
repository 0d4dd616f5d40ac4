declare const _default: {
    readonly tag: "backcare-exercise-card";
    readonly texts: {
        readonly exercises: import("../exercises/texts.js").ExercisesText;
        readonly exerciseCard: import("./texts.js").ExerciseCardText;
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
};
export default _default;
