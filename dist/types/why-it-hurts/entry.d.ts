declare const _default: {
    readonly tag: "backcare-why-it-hurts";
    readonly texts: {
        readonly whyItHurts: import("./texts.js").WhyItHurtsText;
    };
    readonly reserve: {
        readonly '': "24rem";
    };
    readonly fixtures: readonly [{}];
};
export default _default;
