declare const _default: {
    readonly tag: "backcare-feeding-guide";
    readonly texts: {
        readonly feedingGuide: import("./texts.js").FeedingGuideText;
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
};
export default _default;
