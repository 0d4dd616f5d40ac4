export{B as BackcareWarningSigns}from"../chunks/define-C9D-49FM.js";import"../chunks/lit-rbyxvmeX.js";import"../chunks/shared-BzVXAzvm.js";
