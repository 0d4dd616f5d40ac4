export{B as BackcareWarningSigns}from"../chunks/define-4hl_fzll.js";import"../chunks/lit-rbyxvmeX.js";import"../chunks/shared-CCRBguKD.js";
