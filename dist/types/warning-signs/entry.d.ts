declare const _default: {
    readonly tag: "backcare-warning-signs";
    readonly texts: {
        readonly warningSigns: import("./texts.js").WarningSignsText;
    };
    readonly reserve: {
        readonly '': "40rem";
    };
    readonly fixtures: readonly [{}];
};
export default _default;
