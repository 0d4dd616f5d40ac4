declare const _default: {
    readonly tag: "backcare-pt-checklist";
    readonly texts: {
        readonly ptChecklist: import("./texts.js").PtChecklistText;
        readonly warningSigns: import("../warning-signs/texts.js").WarningSignsText;
    };
    readonly reserve: {
        readonly '': {
            readonly wide: 107;
            readonly 768: 114;
            readonly 600: 133;
            readonly 414: 168;
        };
    };
    readonly fixtures: readonly [{}, {
        readonly 'weeks-postpartum': "3";
    }, {
        readonly 'weeks-postpartum': "8";
    }];
};
export default _default;
