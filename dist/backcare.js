export{BackcareExerciseCard,v as version}from"./elements/exercise-card.js";import"./chunks/lit-2saZrFTo.js";
