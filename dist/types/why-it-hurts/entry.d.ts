declare const _default: {
    readonly tag: "backcare-why-it-hurts";
    readonly texts: {
        readonly whyItHurts: import("./texts.js").WhyItHurtsText;
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
};
export default _default;
