declare const _default: {
    readonly tag: "backcare-routine";
    readonly texts: {
        readonly exercises: import("../exercises/texts.js").ExercisesText;
        readonly routine: import("./texts.js").RoutineText;
        readonly routineSession: import("./texts.js").RoutineSessionText;
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
};
export default _default;
