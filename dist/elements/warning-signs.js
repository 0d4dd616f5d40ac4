export{B as BackcareWarningSigns}from"../chunks/warning-signs.js";import"../chunks/lit.js";import"../chunks/shared.js";
