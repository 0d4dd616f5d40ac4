declare const _default: {
    readonly tag: "backcare-lifting-tips";
    readonly texts: {
        readonly liftingTips: import("./texts.js").LiftingTipsText;
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
};
export default _default;
