export{B as BackcareWarningSigns}from"../chunks/define-CB1SLKEf.js";import"../chunks/lit-rbyxvmeX.js";import"../chunks/shared-C_Y-_hT-.js";
