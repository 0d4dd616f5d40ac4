export{B as BackcareWarningSigns}from"../chunks/define-B_kE4AEQ.js";import"../chunks/lit-rbyxvmeX.js";import"../chunks/shared-C1d_1ayv.js";
