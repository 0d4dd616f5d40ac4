declare const _default: {
    readonly tag: "backcare-warning-signs";
    readonly texts: {
        readonly warningSigns: import("./texts.js").WarningSignsText;
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
};
export default _default;
