declare const _default: {
    readonly tag: "backcare-feeding-guide";
    readonly texts: {
        readonly feedingGuide: import("./texts.js").FeedingGuideText;
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
};
export default _default;
