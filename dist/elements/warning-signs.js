export{B as BackcareWarningSigns}from"../chunks/warning-signs.js";import"../chunks/base.js";
