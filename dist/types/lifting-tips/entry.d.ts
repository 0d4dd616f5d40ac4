declare const _default: {
    readonly tag: "backcare-lifting-tips";
    readonly texts: {
        readonly liftingTips: import("./texts.js").LiftingTipsText;
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
};
export default _default;
